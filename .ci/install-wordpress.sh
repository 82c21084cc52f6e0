#!/usr/bin/env bash
# The WordPress plugin's test (test/scripts/wordpress.test.mjs) runs a real WordPress:
# Debian's package, MariaDB and PHP, started by the test itself on loopback (its own
# database folder and socket, PHP's built-in server on an ephemeral port). This installs
# the packages when one is missing; .ci/run calls it before the tests.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }
if [ -f /usr/share/wordpress/wp-load.php ] && [ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] \
  && have mariadbd && have mariadb-install-db && have php && php -m | grep -qx mysqli; then
  exit 0
fi

echo "Installing Debian's wordpress, mariadb-server and php (the WordPress plugin's test)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
  wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql
