<?php
/**
 * One block per element, declared by blocks/<name>/block.json and rendered on the
 * server. The editor script adds a settings panel and a live preview.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script, then each block from its block.json. */
function vae_widgets_register_blocks() {
	wp_register_script(
		'vae-widgets-editor',
		plugins_url( 'blocks/editor.js', VAE_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		VAE_WIDGETS_VERSION,
		true
	);
	vae_widgets_set_editor_translations();
	$names     = array_keys( vae_widgets_elements() );
	$catalogue = array(
		'names'   => $names,
		'labels'  => vae_widgets_attribute_labels(),
		'choices' => vae_widgets_choice_labels(),
	);
	wp_add_inline_script( 'vae-widgets-editor', 'window.vaeWidgetsBlocks = ' . wp_json_encode( $catalogue ) . ';', 'before' );
	foreach ( $names as $name ) {
		register_block_type(
			VAE_WIDGETS_DIR . 'blocks/' . $name,
			array(
				'render_callback' => function ( $attributes ) use ( $name ) {
					return vae_widgets_render_element(
						$name,
						vae_widgets_clean_attributes( $name, is_array( $attributes ) ? $attributes : array() ),
						'',
						get_block_wrapper_attributes()
					);
				},
			)
		);
	}
}

/** In the block editor, the elements themselves draw the preview. */
function vae_widgets_enqueue_editor_assets() {
	foreach ( array_keys( vae_widgets_elements() ) as $name ) {
		vae_widgets_enqueue_element( $name );
	}
}
