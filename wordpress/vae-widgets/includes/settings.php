<?php
/**
 * Settings → VAE widgets: where the elements read their data. The plugin's own copy
 * (default: no third-party request, nothing to declare under the GDPR) or the live data
 * range on jsDelivr (corrections and new members within a week, without a plugin update).
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

// The plugin's one option; uninstall.php deletes it.
if ( ! defined( 'VAE_WIDGETS_OPTION' ) ) {
	define( 'VAE_WIDGETS_OPTION', 'vae_widgets_data_source' );
}

/**
 * The data source in force: `bundled` (the plugin's copy) or `live`.
 *
 * @return string
 */
function vae_widgets_data_source() {
	return vae_widgets_sanitize_data_source( get_option( VAE_WIDGETS_OPTION, 'bundled' ) );
}

/**
 * Allow-list for the option: anything but `live` is the plugin's own copy.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function vae_widgets_sanitize_data_source( $value ) {
	return 'live' === $value ? 'live' : 'bundled';
}

/** Declares the option, its section and its field (Settings API). */
function vae_widgets_register_setting() {
	register_setting(
		'vae_widgets',
		VAE_WIDGETS_OPTION,
		array(
			'type'              => 'string',
			'default'           => 'bundled',
			'sanitize_callback' => 'vae_widgets_sanitize_data_source',
		)
	);
	add_settings_section( 'vae_widgets_data', __( 'Data', 'vae-widgets' ), '__return_false', 'vae-widgets' );
	add_settings_field( VAE_WIDGETS_OPTION, __( 'Data source', 'vae-widgets' ), 'vae_widgets_render_data_source_field', 'vae-widgets', 'vae_widgets_data' );
}

/** Settings → VAE widgets, for those who may manage options. */
function vae_widgets_add_settings_page() {
	add_options_page( __( 'VAE widgets', 'vae-widgets' ), __( 'VAE widgets', 'vae-widgets' ), 'manage_options', 'vae-widgets', 'vae_widgets_render_settings_page' );
}

/** The settings page. */
function vae_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'vae_widgets' );
	do_settings_sections( 'vae-widgets' );
	submit_button();
	echo '</form></div>';
}

/** The two choices, as radio buttons in a fieldset. */
function vae_widgets_render_data_source_field() {
	$current = vae_widgets_data_source();
	$choices = array(
		'bundled' => __( 'The copy shipped with this plugin (default). Visitors\' browsers contact no other site. Updated with the plugin.', 'vae-widgets' ),
		'live'    => sprintf(
			/* translators: %s: the data address on jsDelivr */
			__( 'The live data from %s: once a day, this site downloads it, checks its signature and keeps the last good copy, which your pages read from this site. Corrections and new members reach your pages within a few days; visitors\' browsers contact no other site.', 'vae-widgets' ),
			VAE_WIDGETS_LIVE_DATA_URL
		),
	);
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Data source', 'vae-widgets' ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<p><label><input type="radio" name="%1$s" value="%2$s"%3$s /> %4$s</label></p>',
			esc_attr( VAE_WIDGETS_OPTION ),
			esc_attr( $value ),
			checked( $current, $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}
