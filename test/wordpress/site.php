<?php
/**
 * The test site's administration, through WordPress's own functions (Debian has no
 * WP-CLI). Usage: php site.php <docroot> <command> '<json arguments>'; prints one JSON
 * answer, so any PHP notice printed on the way makes the caller fail.
 *
 * @package VaeWidgets
 */

$docroot = $argv[1];
$command = $argv[2];
$args    = json_decode( isset( $argv[3] ) ? $argv[3] : '{}', true );

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $docroot . '/wp-load.php';
add_filter( 'pre_wp_mail', '__return_false' ); // No mail leaves the test site (nor needs sendmail).
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

/**
 * Stops with the error, or returns the value.
 *
 * @param mixed $value A result that may be a WP_Error.
 * @return mixed
 */
function checked_result( $value ) {
	if ( is_wp_error( $value ) ) {
		fwrite( STDERR, $value->get_error_message() . "\n" );
		exit( 1 );
	}
	return $value;
}

const PLUGIN = 'vae-widgets/vae-widgets.php';

switch ( $command ) {
	case 'install':
		$installed = wp_install( 'Ville amie des enfants test', 'admin', 'admin@example.org', false, '', $args['password'] );
		update_option( 'WPLANG', '' ); // English, until a test chooses the configuration's language.
		$answer    = array(
			'user'     => 'admin',
			'password' => $args['password'],
			'version'  => get_bloginfo( 'version' ),
			'theme'    => get_stylesheet(),
		);
		break;

	case 'install-plugin': // As "Plugins → Add New → Upload Plugin" does: unzip, then activate.
		WP_Filesystem();
		checked_result( unzip_file( $args['zip'], WP_PLUGIN_DIR ) );
		checked_result( activate_plugin( PLUGIN ) );
		$data   = get_plugin_data( WP_PLUGIN_DIR . '/' . PLUGIN, false, false );
		$answer = array(
			'active'      => is_plugin_active( PLUGIN ),
			'requiresWP'  => $data['RequiresWP'],
			'requiresPHP' => $data['RequiresPHP'],
		);
		break;

	case 'registered': // In a new request, as the active plugin registered them on `init`.
		$answer = array(
			'shortcodes' => array_values( array_filter( array_keys( $GLOBALS['shortcode_tags'] ), fn( $tag ) => 0 === strpos( $tag, 'vae_' ) ) ),
			'blocks'     => array_values( array_filter( array_keys( WP_Block_Type_Registry::get_instance()->get_all_registered() ), fn( $name ) => 0 === strpos( $name, 'vae-widgets/' ) ) ),
		);
		break;

	case 'author':
		$pass     = wp_generate_password( 24, false );
		$id       = checked_result(
			wp_insert_user(
				array(
					'user_login' => 'author',
					'user_pass'  => $pass,
					'user_email' => 'author@example.org',
					'role'       => 'author',
				)
			)
		);
		$password = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'vae test' ) );
		$answer   = array(
			'id'             => $id,
			'login'          => 'author',
			'password'       => $pass,
			'appPassword'    => checked_result( $password )[0],
			'unfilteredHtml' => user_can( $id, 'unfiltered_html' ),
		);
		break;

	case 'set-option': // Through sanitize_option(), as the settings screens save.
		update_option( $args['name'], $args['value'] );
		$answer = array( 'value' => get_option( $args['name'] ) );
		break;

	case 'run-action': // A WP-Cron job's hook, run as wp-cron.php would run it.
		// WordPress's own HTTP library is older than Debian's PHP: its deprecation notices
		// go to the debug log, not into this answer.
		ini_set( 'display_errors', '0' ); // phpcs:ignore WordPress.PHP.IniSet.display_errors_Disallowed
		do_action( $args['hook'] );
		$answer = array( 'option' => get_option( $args['option'] ) );
		break;

	case 'admin-notices': // What the administrator sees at the top of every admin page.
		wp_set_current_user( 1 );
		ob_start();
		do_action( 'admin_notices' );
		$answer = array( 'html' => ob_get_clean() );
		break;

	case 'stored': // Rows the plugin could have left: options, user and post meta named after it.
		global $wpdb;
		$like   = '%' . $wpdb->esc_like( 'vae' ) . '%';
		$answer = array(
			'options'  => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) ),
			'usermeta' => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s", $like ) ),
			'postmeta' => $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->postmeta} WHERE meta_key LIKE %s", $like ) ),
			'files'    => file_exists( WP_PLUGIN_DIR . '/vae-widgets' ),
			'copy'     => file_exists( wp_upload_dir( null, false )['basedir'] . '/vae-widgets-data' ),
		);
		break;

	case 'uninstall': // As "Deactivate", then "Delete": runs uninstall.php and removes the files.
		WP_Filesystem();
		deactivate_plugins( PLUGIN );
		$answer = array( 'deleted' => checked_result( delete_plugins( array( PLUGIN ) ) ) );
		break;

	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}

echo wp_json_encode( $answer );
