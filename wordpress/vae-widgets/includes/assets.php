<?php
/**
 * The library's files, served from the plugin's own copy (assets/, built from the npm
 * package's dist/): one module script per element, printed with its Subresource
 * Integrity hash, after a `modulepreload` link with its own hash for each chunk it
 * imports. By default the elements read the data beside the bundle (assets/data/), so a
 * page makes no third-party request.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Hashes and imports of every script file, as written by the build (dist/sri.json).
 *
 * @return array{integrity: array<string, string>, imports: array<string, string[]>}
 */
function vae_widgets_asset_manifest() {
	static $manifest = null;
	if ( null === $manifest ) {
		$read     = wp_json_file_decode( VAE_WIDGETS_DIR . 'assets/sri.json', array( 'associative' => true ) );
		$manifest = array(
			'integrity' => isset( $read['integrity'] ) ? (array) $read['integrity'] : array(),
			'imports'   => isset( $read['imports'] ) ? (array) $read['imports'] : array(),
		);
	}
	return $manifest;
}

/**
 * The script handle of an element.
 *
 * @param string $name Element name.
 * @return string
 */
function vae_widgets_script_handle( $name ) {
	return 'vae-widgets-' . $name;
}

/**
 * The element's file for a handle of ours, else null (any other script).
 *
 * @param string $handle Script handle.
 * @return string|null File relative to assets/.
 */
function vae_widgets_handle_file( $handle ) {
	foreach ( array_keys( vae_widgets_elements() ) as $name ) {
		if ( vae_widgets_script_handle( $name ) === $handle ) {
			return 'elements/vae-' . $name . '.js';
		}
	}
	return null;
}

/**
 * Enqueues one element's script (in the footer; printed once however many elements).
 *
 * @param string $name Element name.
 */
function vae_widgets_enqueue_element( $name ) {
	$handle = vae_widgets_script_handle( $name );
	if ( ! wp_script_is( $handle, 'registered' ) ) {
		wp_register_script( $handle, plugins_url( 'assets/' . vae_widgets_handle_file( $handle ), VAE_WIDGETS_FILE ), array(), VAE_WIDGETS_VERSION, true );
	}
	wp_enqueue_script( $handle );
}

/**
 * `script_loader_tag` filter: our scripts become module scripts with `integrity`, each
 * preceded by its chunks' `modulepreload` links (each chunk once per page), so the browser
 * checks every byte of code before running it.
 *
 * @param string $tag    The tag WordPress built.
 * @param string $handle Script handle.
 * @param string $src    Script URL.
 * @return string
 */
function vae_widgets_module_script_tag( $tag, $handle, $src ) {
	static $preloaded = array();
	$file = vae_widgets_handle_file( $handle );
	if ( null === $file ) {
		return $tag;
	}
	$manifest = vae_widgets_asset_manifest();
	$html     = '';
	$chunks   = isset( $manifest['imports'][ $file ] ) ? (array) $manifest['imports'][ $file ] : array();
	foreach ( $chunks as $chunk ) {
		if ( isset( $preloaded[ $chunk ] ) ) {
			continue;
		}
		$preloaded[ $chunk ] = true;
		$html               .= vae_widgets_modulepreload_link( $chunk, $manifest['integrity'] );
	}
	$attributes = array(
		'type' => 'module',
		'src'  => $src,
		'id'   => $handle . '-js',
	);
	return $html . wp_get_script_tag( $attributes + vae_widgets_integrity_attributes( $file, $src, $manifest['integrity'] ) );
}

/**
 * A `modulepreload` link for a chunk, with its hash.
 *
 * @param string $chunk     File relative to assets/.
 * @param array  $integrity File => hash.
 * @return string
 */
function vae_widgets_modulepreload_link( $chunk, array $integrity ) {
	$url  = plugins_url( 'assets/' . $chunk, VAE_WIDGETS_FILE );
	$html = '<link rel="modulepreload" href="' . esc_url( $url ) . '"';
	foreach ( vae_widgets_integrity_attributes( $chunk, $url, $integrity ) as $attribute => $value ) {
		$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
	}
	return $html . " />\n";
}

/**
 * `integrity` for a file, and `crossorigin` only when it is served from another origin
 * than the page (a CDN in front of wp-content): same-origin files need none.
 *
 * @param string $file      File relative to assets/.
 * @param string $url       Its URL.
 * @param array  $integrity File => hash.
 * @return array<string, string>
 */
function vae_widgets_integrity_attributes( $file, $url, array $integrity ) {
	$attributes = array();
	if ( isset( $integrity[ $file ] ) ) {
		$attributes['integrity'] = $integrity[ $file ];
	}
	if ( vae_widgets_origin( $url ) !== vae_widgets_origin( home_url( '/' ) ) ) {
		$attributes['crossorigin'] = 'anonymous';
	}
	return $attributes;
}

/**
 * `scheme://host:port` of a URL (a relative URL is the page's own origin).
 *
 * @param string $url URL.
 * @return string
 */
function vae_widgets_origin( $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['host'] ) ) {
		return vae_widgets_origin( home_url( '/' ) );
	}
	$scheme = isset( $parts['scheme'] ) ? $parts['scheme'] : 'https';
	$port   = isset( $parts['port'] ) ? $parts['port'] : ( 'http' === $scheme ? 80 : 443 );
	return $scheme . '://' . strtolower( $parts['host'] ) . ':' . $port;
}

/**
 * In `wp_head`: with the live data, the page names the last good copy the daily refresh
 * verified and keeps on this site (includes/live-data.php); until there is one, the
 * elements read the plugin's own copy.
 */
function vae_widgets_print_data_meta() {
	$copy = 'live' === vae_widgets_data_source() ? vae_widgets_live_copy_url() : null;
	if ( $copy ) {
		echo '<meta name="vae:data" content="' . esc_url( $copy ) . '" />' . "\n";
	}
}
