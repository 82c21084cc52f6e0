<?php
/**
 * The elements' attributes: one block and one shortcode per element (the list is
 * includes/catalogue.php). Each block's block.json declares its attributes (type,
 * allowed values), generated from the elements' manifest; the shortcodes and the
 * render callbacks check every value against those same declarations.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The attribute declarations of an element, read once from its block.json.
 *
 * @param string $name Element name, e.g. `city-badge`.
 * @return array<string, array> Attribute key (camelCase) => declaration.
 */
function vae_widgets_attribute_definitions( $name ) {
	static $definitions = array();
	if ( ! isset( $definitions[ $name ] ) ) {
		$metadata              = wp_json_file_decode( VAE_WIDGETS_DIR . 'blocks/' . $name . '/block.json', array( 'associative' => true ) );
		$definitions[ $name ] = isset( $metadata['attributes'] ) ? $metadata['attributes'] : array();
	}
	return $definitions[ $name ];
}

/**
 * The element attribute for a block attribute key: `currentOnly` => `current-only`.
 *
 * @param string $key camelCase key.
 * @return string kebab-case HTML attribute name.
 */
function vae_widgets_attribute_name( $key ) {
	return strtolower( preg_replace( '/([A-Z])/', '-$1', $key ) );
}

/**
 * Keeps the values that their declaration allows, keyed by HTML attribute name.
 * Anything else (an unknown key, a value outside an allow-list, a non-web URL) is dropped,
 * so the element falls back to its own default.
 *
 * @param string $name   Element name.
 * @param array  $values camelCase key => raw value (block attributes or shortcode attributes).
 * @return array<string, string|int|true> HTML attribute name => value (true: boolean attribute).
 */
function vae_widgets_clean_attributes( $name, array $values ) {
	$clean = array();
	foreach ( vae_widgets_attribute_definitions( $name ) as $key => $definition ) {
		if ( ! array_key_exists( $key, $values ) ) {
			continue;
		}
		$value = vae_widgets_clean_value( $key, $definition, $values[ $key ] );
		if ( null !== $value ) {
			$clean[ vae_widgets_attribute_name( $key ) ] = $value;
		}
	}
	return $clean;
}

/**
 * One value checked against its declaration; null when it is not allowed or empty.
 *
 * @param string $key        camelCase key.
 * @param array  $definition The block.json declaration (type, enum, minimum, maximum, format).
 * @param mixed  $value      Raw value.
 * @return string|int|true|null
 */
function vae_widgets_clean_value( $key, array $definition, $value ) {
	$type = isset( $definition['type'] ) ? $definition['type'] : 'string';
	if ( is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	if ( 'boolean' === $type ) {
		return ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on' ), true ) ) ? true : null;
	}
	if ( 'integer' === $type ) {
		if ( ! is_numeric( $value ) || (int) $value != $value ) { // phpcs:ignore Universal.Operators.StrictComparisons -- "3" and 3 are the same number.
			return null;
		}
		$number = (int) $value;
		$too_small = isset( $definition['minimum'] ) && $number < $definition['minimum'];
		$too_large = isset( $definition['maximum'] ) && $number > $definition['maximum'];
		return ( $too_small || $too_large ) ? null : $number;
	}
	$text = sanitize_text_field( (string) $value );
	if ( '' === $text ) {
		return null;
	}
	if ( isset( $definition['format'] ) && 'date' === $definition['format'] ) {
		return preg_match( '/^\d{4}-\d{2}-\d{2}$/', $text ) ? $text : null;
	}
	if ( isset( $definition['enum'] ) ) {
		return in_array( $text, $definition['enum'], true ) ? $text : null;
	}
	if ( 'href' === $key ) {
		return vae_widgets_is_web_url( $text ) ? $text : null;
	}
	return $text;
}

/**
 * Whether a link template is an http(s) URL or a path on this site (the element refuses
 * any other scheme too).
 *
 * @param string $url URL, possibly with a `{code}` placeholder.
 * @return bool
 */
function vae_widgets_is_web_url( $url ) {
	if ( '/' === substr( $url, 0, 1 ) ) {
		return '/' !== substr( $url, 1, 1 ); // A path, not a protocol-relative `//host`.
	}
	$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
	$host   = wp_parse_url( $url, PHP_URL_HOST );
	return in_array( $scheme, array( 'http', 'https' ), true ) && ! empty( $host );
}
