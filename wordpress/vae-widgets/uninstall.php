<?php
/**
 * Removes everything the plugin stored: its one option, on every site of a network.
 *
 * @package VaeWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/settings.php';

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $vae_widgets_site_id ) {
		switch_to_blog( $vae_widgets_site_id );
		delete_option( VAE_WIDGETS_OPTION );
		restore_current_blog();
	}
} else {
	delete_option( VAE_WIDGETS_OPTION );
}
