<?php
/**
 * The plugin's translations, shipped in languages/ (built from the committed .po): the
 * PHP strings and the block titles from the .mo, the block editor's strings from the
 * JSON file WordPress looks up for the editor script. Loaded on `init` before the blocks
 * register, since WordPress 6.1 does not load a plugin's own folder by itself.
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Loads languages/vae-widgets-<locale>.mo for the site's (or the user's) language. */
function vae_widgets_load_textdomain() {
	load_plugin_textdomain( 'vae-widgets', false, dirname( plugin_basename( VAE_WIDGETS_FILE ) ) . '/languages' );
}

/** The editor script's strings, from languages/vae-widgets-<locale>-<md5 of blocks/editor.js>.json. */
function vae_widgets_set_editor_translations() {
	wp_set_script_translations( 'vae-widgets-editor', 'vae-widgets', VAE_WIDGETS_DIR . 'languages' );
}
