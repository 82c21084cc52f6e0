<?php
/**
 * Prints an element: the same markup for a block and a shortcode, generated here on the
 * server (so kses, which filters what an author saves, never sees it) with every
 * attribute escaped.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's HTML, and its script enqueued for this page.
 *
 * @param string $name          Element name, e.g. `city-badge`.
 * @param array  $attributes    HTML attribute name => value, from vae_widgets_clean_attributes().
 * @param string $fallback_html Content shown until the element is ready, or instead of it.
 * @param string $wrapper       Already-escaped extra attributes (the block wrapper's class).
 * @return string
 */
function vae_widgets_render_element( $name, array $attributes, $fallback_html = '', $wrapper = '' ) {
	vae_widgets_enqueue_element( $name );
	$tag  = 'vae-' . $name;
	$html = '<' . $tag . ( '' === $wrapper ? '' : ' ' . $wrapper );
	foreach ( $attributes as $attribute => $value ) {
		$html .= true === $value ? ' ' . $attribute : ' ' . $attribute . '="' . esc_attr( (string) $value ) . '"';
	}
	return $html . '>' . $fallback_html . '</' . $tag . '>';
}
