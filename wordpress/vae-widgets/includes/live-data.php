<?php
/**
 * Live data, refreshed on the server. With the "live data" setting, a daily WP-Cron job
 * fetches the data package's files from the range, checks each one's signature with the
 * keys the plugin's own code trusts (assets/trusted-keys.json, written by the build) using
 * sodium, and keeps the last good copy in uploads/vae-widgets-data/. Pages then read that
 * copy from this site: visitors' browsers contact no other site. A failed or tampered
 * download keeps the last good copy and leaves an admin notice.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

if ( ! defined( 'VAE_WIDGETS_REFRESH_HOOK' ) ) {
	define( 'VAE_WIDGETS_REFRESH_HOOK', 'vae_widgets_refresh_data' );
	// The outcome of the last refresh; uninstall.php deletes it.
	define( 'VAE_WIDGETS_REFRESH_OPTION', 'vae_widgets_refresh_status' );
}

/**
 * Where the last good copy is kept (uploads/vae-widgets-data/), as a path and a URL.
 *
 * @return array{dir: string, url: string}
 */
function vae_widgets_live_copy() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir' => $uploads['basedir'] . '/vae-widgets-data',
		'url' => $uploads['baseurl'] . '/vae-widgets-data/',
	);
}

/**
 * The URL of the data folder pages read: the last good copy, once there is one.
 *
 * @return string|null
 */
function vae_widgets_live_copy_url() {
	$status = get_option( VAE_WIDGETS_REFRESH_OPTION, array() );
	$copy   = vae_widgets_live_copy();
	return ! empty( $status['version'] ) && is_readable( $copy['dir'] . '/members.json' ) ? $copy['url'] : null;
}

/**
 * The public keys the plugin's code trusts, id => raw 32 bytes.
 *
 * @return array<string, string>
 */
function vae_widgets_trusted_keys() {
	$listed = json_decode( (string) file_get_contents( VAE_WIDGETS_DIR . 'assets/trusted-keys.json' ), true );
	$keys   = array();
	foreach ( is_array( $listed ) ? $listed : array() as $key ) {
		$raw = base64_decode( (string) $key['publicKey'], true );
		if ( is_string( $raw ) && SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES === strlen( $raw ) ) {
			$keys[ (string) $key['id'] ] = $raw;
		}
	}
	return $keys;
}

/**
 * The file's data if a trusted key signed its exact bytes (the signature is the top
 * object's last member, over the file without it: src/data/signature.ts), else null.
 *
 * @param string $text The file as downloaded.
 * @param array  $keys Id => raw public key.
 * @return array|null
 */
function vae_widgets_verified_data( $text, array $keys ) {
	if ( ! preg_match( '/,"signature":\{"key":"([\w.-]{1,64})","value":"([A-Za-z0-9+\/]{86}==)"\}\}\s*$/', $text, $match, PREG_OFFSET_CAPTURE ) ) {
		return null;
	}
	$id        = $match[1][0];
	$signature = base64_decode( $match[2][0], true );
	if ( ! isset( $keys[ $id ] ) || ! is_string( $signature ) ) {
		return null;
	}
	$signed = substr( $text, 0, $match[0][1] ) . '}';
	if ( ! sodium_crypto_sign_verify_detached( $signature, $signed, $keys[ $id ] ) ) {
		return null;
	}
	$data = json_decode( $signed, true );
	return is_array( $data ) ? $data : null;
}

/**
 * Downloads one file of the range and checks its signature.
 *
 * @param string $file Path inside the data package.
 * @param array  $keys Id => raw public key.
 * @return array{text: string, data: array}|WP_Error
 */
function vae_widgets_download_verified( $file, array $keys ) {
	$response = wp_remote_get( VAE_WIDGETS_LIVE_DATA_URL . $file, array( 'timeout' => 20 ) );
	if ( is_wp_error( $response ) ) {
		/* translators: 1: a data file, 2: the reason */
		return new WP_Error( 'vae_download', sprintf( __( '%1$s could not be downloaded (%2$s).', 'vae-widgets' ), $file, $response->get_error_message() ) );
	}
	if ( 200 !== wp_remote_retrieve_response_code( $response ) ) {
		/* translators: 1: a data file, 2: an HTTP status code */
		return new WP_Error( 'vae_download', sprintf( __( '%1$s could not be downloaded (HTTP %2$d).', 'vae-widgets' ), $file, wp_remote_retrieve_response_code( $response ) ) );
	}
	$text = wp_remote_retrieve_body( $response );
	$data = vae_widgets_verified_data( $text, $keys );
	if ( null === $data ) {
		/* translators: %s: a data file */
		return new WP_Error( 'vae_signature', sprintf( __( '%s is not signed by a key this plugin trusts: it may have been tampered with.', 'vae-widgets' ), $file ) );
	}
	return array(
		'text' => $text,
		'data' => $data,
	);
}

/**
 * Downloads every file the elements read, in one release, each verified; or the first error.
 *
 * @return array<string, string>|WP_Error File => text.
 */
function vae_widgets_download_release() {
	$keys    = vae_widgets_trusted_keys();
	$first   = array( 'members.json', 'communes/index.json' );
	$files   = array();
	$version = null;
	$queue   = array_merge( $first, array( 'vae.json', 'search.json', 'partners.json', 'news.json', 'map-departments.json' ) );
	while ( $queue ) {
		$file       = array_shift( $queue );
		$downloaded = vae_widgets_download_verified( $file, $keys );
		if ( is_wp_error( $downloaded ) ) {
			return $downloaded;
		}
		$data = $downloaded['data'];
		$file_version = isset( $data['meta']['dataVersion'] ) ? (string) $data['meta']['dataVersion'] : '';
		$version      = null === $version ? $file_version : $version;
		if ( $file_version !== $version ) { // Caught during a publication: try again tomorrow.
			/* translators: 1: a data file, 2: its release, 3: the release of members.json */
			return new WP_Error( 'vae_mixed', sprintf( __( '%1$s is from release %2$s, not %3$s.', 'vae-widgets' ), $file, $file_version, $version ) );
		}
		$files[ $file ] = $downloaded['text'];
		// The files named after what the first two list: each member's own file, the communes pieces.
		if ( 'members.json' === $file ) {
			foreach ( $data['members'] as $member ) {
				foreach ( array_unique( array_filter( array( $member['code'] ?? '', $member['siren'] ?? '' ) ) ) as $key ) {
					$queue[] = 'members/' . $key . '.json';
				}
			}
		} elseif ( 'communes/index.json' === $file ) {
			foreach ( $data['names'] as $name ) {
				$queue[] = 'communes/n-' . $name . '.json';
			}
			foreach ( $data['departments'] as $department ) {
				$queue[] = 'communes/d-' . strtolower( $department[0] ) . '.json';
			}
		}
	}
	return $files;
}

/**
 * The daily job: a verified release replaces the last good copy; anything else keeps it.
 *
 * @return bool Whether the copy was refreshed.
 */
function vae_widgets_refresh_data() {
	if ( 'live' !== vae_widgets_data_source() ) {
		return false;
	}
	$status = get_option( VAE_WIDGETS_REFRESH_OPTION, array() );
	$files  = vae_widgets_download_release();
	if ( is_wp_error( $files ) ) {
		$status['error'] = $files->get_error_message();
		$status['failed'] = time();
		update_option( VAE_WIDGETS_REFRESH_OPTION, $status, false );
		return false;
	}
	$copy = vae_widgets_live_copy();
	$next = $copy['dir'] . '.next';
	vae_widgets_remove_folder( $next );
	foreach ( $files as $file => $text ) {
		if ( ! wp_mkdir_p( dirname( $next . '/' . $file ) ) || false === file_put_contents( $next . '/' . $file, $text ) ) {
			$status['error'] = __( 'the uploads folder cannot be written.', 'vae-widgets' );
			$status['failed'] = time();
			update_option( VAE_WIDGETS_REFRESH_OPTION, $status, false );
			return false;
		}
	}
	vae_widgets_remove_folder( $copy['dir'] );
	rename( $next, $copy['dir'] );
	$members = json_decode( $files['members.json'], true );
	update_option(
		VAE_WIDGETS_REFRESH_OPTION,
		array(
			'version'   => $members['meta']['dataVersion'],
			'refreshed' => time(),
		),
		false
	);
	return true;
}

/**
 * Deletes a folder of the copy and everything in it.
 *
 * @param string $dir Path.
 */
function vae_widgets_remove_folder( $dir ) {
	if ( ! is_dir( $dir ) ) {
		return;
	}
	$items = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ), RecursiveIteratorIterator::CHILD_FIRST );
	foreach ( $items as $item ) {
		$item->isDir() ? rmdir( $item->getPathname() ) : unlink( $item->getPathname() );
	}
	rmdir( $dir );
}

/** On `init`: the daily job runs while the live data is chosen, and only then. */
function vae_widgets_schedule_refresh() {
	$scheduled = wp_next_scheduled( VAE_WIDGETS_REFRESH_HOOK );
	if ( 'live' === vae_widgets_data_source() && ! $scheduled ) {
		wp_schedule_event( time(), 'daily', VAE_WIDGETS_REFRESH_HOOK );
	} elseif ( 'live' !== vae_widgets_data_source() && $scheduled ) {
		wp_clear_scheduled_hook( VAE_WIDGETS_REFRESH_HOOK );
	}
}

/** In the administration, for those who manage options: the last refresh failed. */
function vae_widgets_refresh_notice() {
	$status = get_option( VAE_WIDGETS_REFRESH_OPTION, array() );
	if ( 'live' !== vae_widgets_data_source() || empty( $status['error'] ) || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$kept = empty( $status['version'] )
		/* translators: %s: why the refresh failed */
		? __( 'VAE widgets: the data could not be refreshed: %s Your pages keep the copy shipped with the plugin.', 'vae-widgets' )
		/* translators: 1: why the refresh failed, 2: the data release pages keep */
		: __( 'VAE widgets: the data could not be refreshed: %1$s Your pages keep the last good copy (release %2$s).', 'vae-widgets' );
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html( sprintf( $kept, $status['error'], $status['version'] ?? '' ) )
	);
}
