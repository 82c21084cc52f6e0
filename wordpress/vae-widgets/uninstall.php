<?php
/**
 * Removes everything the plugin stored, on every site of a network: its options, its
 * daily job, its copy of the live data.
 *
 * @package VaeWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/live-data.php';

/** One site's rows and files: the options, the daily job, the copy of the live data. */
function vae_widgets_uninstall_site() {
	delete_option( VAE_WIDGETS_OPTION );
	delete_option( VAE_WIDGETS_REFRESH_OPTION );
	wp_clear_scheduled_hook( VAE_WIDGETS_REFRESH_HOOK );
	$copy = vae_widgets_live_copy();
	vae_widgets_remove_folder( $copy['dir'] );
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $vae_widgets_site_id ) {
		switch_to_blog( $vae_widgets_site_id );
		vae_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	vae_widgets_uninstall_site();
}
