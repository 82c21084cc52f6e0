<?php
/**
 * Plugin Name:       VAE widgets (Ville amie des enfants)
 * Plugin URI:        https://github.com/unicef-france/vae-widgets
 * Description:       Blocks and shortcodes for the Ville amie des enfants network (UNICEF France): the title badge, the town search, partners, the member count, news and the map. Served from the plugin's own copy: no third-party request.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            vae-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       vae-widgets
 * Domain Path:       /languages
 *
 * @package VaeWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'VAE_WIDGETS_VERSION', '0.1.0' );
define( 'VAE_WIDGETS_FILE', __FILE__ );
define( 'VAE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

/*
 * The live data range (the data package's major version on jsDelivr), which the daily
 * refresh reads when the site owner opts in on the settings page. The one place this
 * address is written (a site may define another mirror of the package before the plugin).
 */
if ( ! defined( 'VAE_WIDGETS_LIVE_DATA_URL' ) ) {
	define( 'VAE_WIDGETS_LIVE_DATA_URL', 'https://cdn.jsdelivr.net/npm/vae-widgets-data@1/' );
}

require_once VAE_WIDGETS_DIR . 'includes/i18n.php';
require_once VAE_WIDGETS_DIR . 'includes/catalogue.php';
require_once VAE_WIDGETS_DIR . 'includes/elements.php';
require_once VAE_WIDGETS_DIR . 'includes/assets.php';
require_once VAE_WIDGETS_DIR . 'includes/render.php';
require_once VAE_WIDGETS_DIR . 'includes/shortcodes.php';
require_once VAE_WIDGETS_DIR . 'includes/blocks.php';
require_once VAE_WIDGETS_DIR . 'includes/settings.php';
require_once VAE_WIDGETS_DIR . 'includes/live-data.php';

add_action( 'init', 'vae_widgets_load_textdomain', 0 );
add_action( 'init', 'vae_widgets_register_shortcodes' );
add_action( 'init', 'vae_widgets_register_blocks' );
add_action( 'admin_init', 'vae_widgets_register_setting' );
add_action( 'admin_menu', 'vae_widgets_add_settings_page' );
add_action( 'wp_head', 'vae_widgets_print_data_meta', 1 );
add_action( 'init', 'vae_widgets_schedule_refresh' );
add_action( VAE_WIDGETS_REFRESH_HOOK, 'vae_widgets_refresh_data' );
add_action( 'admin_notices', 'vae_widgets_refresh_notice' );
add_action( 'enqueue_block_editor_assets', 'vae_widgets_enqueue_editor_assets' );
add_filter( 'script_loader_tag', 'vae_widgets_module_script_tag', 10, 3 );
