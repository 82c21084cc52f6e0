<?php
/**
 * One shortcode per element, for classic editors: `[vae_badge city="69123"]`. Attribute
 * names are the element's (`current-only`, `heading-level`); a bare name sets a boolean
 * (`[vae_badge city="69123" current-only]`). Enclosed text is the fallback content.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the six shortcodes. */
function vae_widgets_register_shortcodes() {
	foreach ( vae_widgets_elements() as $name => $shortcode ) {
		add_shortcode(
			$shortcode,
			function ( $atts, $content = '' ) use ( $name ) {
				return vae_widgets_render_shortcode( $name, is_array( $atts ) ? $atts : array(), (string) $content );
			}
		);
	}
}

/**
 * The element for a shortcode's attributes.
 *
 * @param string $name    Element name.
 * @param array  $atts    Shortcode attributes (WordPress lower-cases their names).
 * @param string $content Enclosed content, kept as fallback.
 * @return string
 */
function vae_widgets_render_shortcode( $name, array $atts, $content ) {
	$values = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) { // A bare word: `current-only`.
			$key   = $value;
			$value = true;
		}
		$values[ vae_widgets_attribute_key( (string) $key ) ] = $value;
	}
	return vae_widgets_render_element( $name, vae_widgets_clean_attributes( $name, $values ), wp_kses_post( $content ) );
}

/**
 * The block attribute key for a shortcode attribute name: `current-only` => `currentOnly`.
 *
 * @param string $attribute kebab-case (or snake_case) name.
 * @return string
 */
function vae_widgets_attribute_key( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( array( '-', '_' ), ' ', strtolower( $attribute ) ) ) ) );
}
