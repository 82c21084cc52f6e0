// The WordPress plugin in a real WordPress (Debian's package, MariaDB, PHP's server, all
// on loopback): installed from the built zip, used by an Author (no unfiltered_html)
// through the REST API the block editor saves with, seen in Chromium.
// Needs the build (dist/wordpress/vae-widgets.zip) and Debian's wordpress, mariadb-server,
// php-cli and php-mysql (.ci/install-wordpress.sh); skipped, saying which, without them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { missingPackages, startSite } from '../wordpress/site.mjs';
import { ROOT } from './helpers.mjs';
import { startCdnStandIn } from '../server/cdn-stand-in.mjs';
import { devKey, signText } from '../../scripts/lib/sign-data.mjs';

const PLUGIN = join(ROOT, 'wordpress', 'vae-widgets');
const ZIP = join(ROOT, 'dist', 'wordpress', 'vae-widgets.zip');
// Angers (INSEE COG 2026): not a member in this build; data 1.1.0 adds it.
const ANGERS = {
  id: 'commune-49007',
  kind: 'commune',
  code: '49007',
  siren: '214900078',
  name: 'Angers',
  department: { code: '49', name: 'Maine-et-Loire' },
  region: { code: '52', name: 'Pays de la Loire' },
};

/** Every PHP file of the plugin and of this test's helper. */
function phpFiles() {
  const out = [join(ROOT, 'test', 'wordpress', 'site.php')];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'assets') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.php')) out.push(path);
    }
  };
  walk(PLUGIN);
  return out;
}

test('every PHP file passes php -l', { skip: !!missingPackages()?.includes('php-cli') }, () => {
  const files = phpFiles();
  assert.ok(files.length >= 9, files.join('\n'));
  for (const file of files) {
    const out = execFileSync('php', ['-l', file], { encoding: 'utf8' });
    assert.match(out, /No syntax errors detected/, file);
  }
});

const missing = missingPackages();
describe(
  'the plugin in a real WordPress',
  { skip: missing ? `Debian packages missing: ${missing} (see .ci/install-wordpress.sh)` : false },
  () => {
    let site, author, plugin, browser;
    const posts = {};
    const started = performance.now();

    /** Publishes a post as the Author through the REST API; returns the saved post. */
    async function publish(title, content) {
      const response = await fetch(`${site.url}/?rest_route=/wp/v2/posts`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${author.login}:${author.appPassword}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ title, content, status: 'publish' }),
      });
      const post = await response.json();
      assert.equal(response.status, 201, JSON.stringify(post));
      return { id: post.id, link: post.link, saved: post.content.raw, sent: content };
    }

    before(async () => {
      assert.ok(existsSync(ZIP), `${ZIP} is missing: run npm run build first`);
      assertChromium();
      site = await startSite();
      plugin = { ...site.wp('install-plugin', { zip: ZIP }), ...site.wp('registered') };
      author = site.wp('author');
      posts.shortcode = await publish('Shortcode', '[vae_badge city="69123"]');
      posts.block = await publish('Block', '<!-- wp:vae-widgets/city-badge {"city":"69123"} /-->');
      // Attributes the blocks gained when they were generated from the manifest.
      posts.generated = await publish(
        'Generated attributes',
        [
          '<!-- wp:vae-widgets/city-badge {"city":"69123","candidate":true,"date":"2026-01-15"} /-->',
          '<!-- wp:vae-widgets/member-count {"status":"candidate","date":"15 janvier"} /-->',
          '<!-- wp:vae-widgets/city-map {"mandate":"2020-2026","status":"titled"} /-->',
        ].join('\n\n'),
      );
      posts.pasted = await publish(
        'Pasted',
        '<vae-city-badge city="69123"></vae-city-badge><script>alert(1)</script>',
      );
      posts.hostile = await publish(
        'Hostile',
        `[vae_badge city='69123" onfocus="alert(1)' variant="evil" theme="dark"]\n\n` +
          '<!-- wp:vae-widgets/city-badge {"city":"69123\\" onclick=\\"alert(2)","variant":"x\\" onclick=\\"alert(3)"} /-->',
      );
      posts.all = await publish(
        'All',
        [
          '[vae_badge city="69123"]',
          '[vae_search]',
          '[vae_partners]',
          '[vae_count]',
          '[vae_news limit="3"]',
          '[vae_map]',
        ].join('\n\n'),
      );
      browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
    });

    after(async () => {
      await browser?.close();
      await site?.stop();
      console.log(`wordpress test: ${Math.round(performance.now() - started)} ms in all`);
    });

    /** Opens a page in Chromium, logging every request and every error. */
    async function visit(url, { intercept } = {}) {
      const page = await browser.newPage();
      const requests = [];
      const errors = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      if (intercept) {
        await page.setRequestInterception(true);
        page.on('request', (request) => intercept(request) || request.continue());
      }
      const response = await page.goto(url, { waitUntil: 'load' });
      const html = await response.text();
      const thirdParty = () =>
        requests.filter((u) => /^https?:/.test(u) && new URL(u).hostname !== '127.0.0.1');
      return { page, html, requests, errors, thirdParty };
    }

    /**
     * Logs in through wp-login.php. It focuses and selects the login field 200 ms after it
     * is parsed (wp_attempt_focus): keys typed before that land in a selected field, the
     * next ones replace them, the login fails, and the next URL answers
     * wp-login.php?reauth=1. A person types once the cursor is in the field: so does this.
     */
    async function logIn(page, login, password) {
      await page.goto(`${site.url}/wp-login.php`);
      await page.waitForFunction(() => document.activeElement?.id === 'user_login');
      await page.keyboard.type(login);
      await page.type('#user_pass', password);
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      const refused = await page
        .$eval('#login_error', (el) => el.textContent.trim())
        .catch(() => '');
      assert.equal(refused, '', 'WordPress refused the login');
      assert.match(new URL(page.url()).pathname, /\/wp-admin\/$/, 'logged in: the dashboard');
    }

    /** Waits for the badge to be ready; returns its state and the text it shows. */
    const badge = (page, selector = 'vae-city-badge') =>
      page
        .waitForSelector(`${selector}[state="ready"]`, { timeout: 20_000 })
        .then((element) => element.evaluate((el) => el.shadowRoot.textContent));

    test('installs from the zip: six blocks, six shortcodes, supported versions stated', () => {
      assert.equal(plugin.active, true);
      assert.deepEqual(plugin.shortcodes.sort(), [
        'vae_badge',
        'vae_count',
        'vae_map',
        'vae_news',
        'vae_partners',
        'vae_search',
      ]);
      assert.equal(plugin.blocks.length, 6, plugin.blocks.join(' '));
      assert.equal(plugin.requiresWP, '6.1');
      assert.equal(plugin.requiresPHP, '7.4');
    });

    test('the Author cannot post raw HTML: kses strips a pasted element and script', () => {
      assert.equal(author.unfilteredHtml, false);
      assert.doesNotMatch(posts.pasted.saved, /<vae-city-badge|<script/);
    });

    test('kses keeps the shortcode and the block exactly as the Author wrote them', () => {
      assert.equal(posts.shortcode.saved, posts.shortcode.sent);
      assert.equal(posts.block.saved, posts.block.sent);
    });

    for (const kind of ['shortcode', 'block']) {
      test(`an Author's post with the ${kind} shows a Lyon badge, from the plugin's own copy`, async () => {
        const { page, html, errors, thirdParty, requests } = await visit(posts[kind].link);
        try {
          const text = await badge(page);
          assert.match(text, /Lyon/);
          assert.match(text, /Ville amie des enfants/);
          assert.deepEqual(errors, []);
          assert.deepEqual(thirdParty(), []);
          assert.ok(
            requests.some((u) =>
              u.endsWith('/wp-content/plugins/vae-widgets/assets/data/members/69123.json'),
            ),
            requests.join('\n'),
          );
          assert.doesNotMatch(html, /vae:data/);
        } finally {
          await page.close();
        }
      });
    }

    test('module scripts and their chunks carry the hashes of dist/sri.json, without crossorigin on one origin', async () => {
      const { page, html } = await visit(posts.shortcode.link);
      await page.close();
      const sri = JSON.parse(readFileSync(join(ROOT, 'dist', 'sri.json'), 'utf8'));
      const script = html.match(
        /<script type="module" src="[^"]*\/assets\/elements\/vae-city-badge\.js[^>]*>/,
      );
      assert.ok(script, 'no module script for the badge');
      assert.ok(
        script[0].includes(`integrity="${sri.integrity['elements/vae-city-badge.js']}"`),
        script[0],
      );
      for (const chunk of sri.imports['elements/vae-city-badge.js']) {
        const link = html.match(
          new RegExp(`<link rel="modulepreload" href="[^"]*/assets/${chunk}"[^>]*>`),
        );
        assert.ok(link, `no modulepreload for ${chunk}`);
        assert.ok(link[0].includes(`integrity="${sri.integrity[chunk]}"`), link[0]);
      }
      assert.doesNotMatch(html, /crossorigin/);
    });

    test('hostile attributes are escaped or dropped, in the shortcode and in the block', async () => {
      const { page, html, errors } = await visit(posts.hostile.link);
      try {
        await page.waitForSelector('vae-city-badge[state]');
        // The attributes as the server printed them (the live elements reflect their defaults).
        const badges = await page.evaluate((served) => {
          const doc = new DOMParser().parseFromString(served, 'text/html');
          return [...doc.querySelectorAll('vae-city-badge')].map((el) =>
            Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          );
        }, html);
        assert.equal(badges.length, 2);
        const [shortcode, block] = badges;
        assert.equal(shortcode.city, '69123" onfocus="alert(1)');
        assert.equal(shortcode.theme, 'dark');
        assert.equal(shortcode.variant, undefined);
        assert.equal(block.city, '69123" onclick="alert(2)');
        assert.notEqual(block.variant, 'x" onclick="alert(3)');
        for (const attributes of badges)
          assert.deepEqual(
            Object.keys(attributes).filter((name) => name.startsWith('on')),
            [],
            JSON.stringify(attributes),
          );
        assert.equal(errors.filter((e) => /alert/.test(e)).length, 0);
      } finally {
        await page.close();
      }
    });

    test('the attributes generated from the manifest reach the elements; a malformed date is dropped', async () => {
      const { page, html, errors } = await visit(posts.generated.link);
      try {
        // The attributes as the server printed them.
        const served = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'text/html');
          const read = (tag) =>
            Object.fromEntries(
              [...doc.querySelector(tag).attributes].map((a) => [a.name, a.value]),
            );
          return ['vae-city-badge', 'vae-member-count', 'vae-city-map'].map(read);
        }, html);
        const [badge, count, map] = served;
        assert.equal(badge.candidate, '', JSON.stringify(badge));
        assert.equal(badge.date, '2026-01-15');
        assert.equal(count.status, 'candidate', JSON.stringify(count));
        assert.equal(count.date, undefined, 'not a YYYY-MM-DD date');
        assert.equal(map.mandate, '2020-2026', JSON.stringify(map));
        assert.equal(map.status, 'titled');
        // The live badge read them into its properties.
        await page.waitForSelector('vae-city-badge[state]');
        const read = await page.$eval('vae-city-badge', (el) =>
          [
            el.candidate,
            el.date?.getFullYear(),
            el.date?.getMonth() + 1,
            el.date?.getDate(),
          ].join(),
        );
        assert.equal(read, 'true,2026,1,15');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });

    test('all six shortcodes render ready elements, with no error and no third-party request', async () => {
      const { page, errors, thirdParty } = await visit(posts.all.link);
      try {
        for (const tag of [
          'vae-city-badge',
          'vae-city-search',
          'vae-partner-list',
          'vae-member-count',
          'vae-news-list',
          'vae-city-map',
        ])
          await page.waitForSelector(`${tag}[state="ready"]`, { timeout: 20_000 });
        assert.deepEqual(errors, []);
        assert.deepEqual(thirdParty(), []);
      } finally {
        await page.close();
      }
    });

    test('with the live-data setting, the daily job brings a new signed release to the page, from this site; a tampered one is refused', async () => {
      // The CDN stand-in as the range (this machine has no network): data 1.1.0 adds
      // Angers, signed by a key the plugin trusts (this build's); 1.2.0 renames Angers
      // after signing, as a takeover of the package could.
      const cdn = await startCdnStandIn();
      const mirror = join(site.docroot, 'wp-content', 'mu-plugins', 'vae-range.php');
      writeFileSync(
        mirror,
        `<?php define( 'VAE_WIDGETS_LIVE_DATA_URL', '${cdn.origin}/npm/vae-widgets-data@1/' );\n`,
      );
      const releases = [];
      /** A copy of this build's data package as `version`, every data file re-signed, changed by `edit`. */
      const release = (version, edit) => {
        const folder = mkdtempSync(join(tmpdir(), 'vae-wp-release-'));
        releases.push(folder);
        cpSync(join(ROOT, 'dist', 'data'), folder, { recursive: true });
        for (const name of readdirSync(folder, { recursive: true })) {
          if (!/^(?!badges)[\w/-]+\.json$/.test(name) || /schema|package/.test(name)) continue;
          const text = readFileSync(join(folder, name), 'utf8').replace(
            /,"signature":\{[^}]*\}\}$/,
            '}',
          );
          const value = JSON.parse(
            text.replace(/"dataVersion":"[^"]+"/, `"dataVersion":"${version}"`),
          );
          writeFileSync(join(folder, name), signText(JSON.stringify(edit(name, value)), devKey()));
        }
        cdn.publish('vae-widgets-data', version, folder);
        return folder;
      };
      // The job's hook, as wp-cron.php runs it (not blocking: the stand-in answers from here).
      const refresh = async () =>
        (
          await site.wpAsync('run-action', {
            hook: 'vae_widgets_refresh_data',
            option: 'vae_widgets_refresh_status',
          })
        ).option;
      const copy = `${site.url}/wp-content/uploads/vae-widgets-data/`;
      const angersPost = await publish('Angers', '[vae_badge city="49007"]');
      site.wp('set-option', { name: 'vae_widgets_data_source', value: 'live' });
      try {
        const withAngers = release('1.1.0', (name, value) => {
          if (name !== 'members.json') return value;
          const titles = value.members.find((m) => m.code === '69123').titles;
          return { ...value, members: [...value.members, { ...ANGERS, titles }] };
        });
        const own = JSON.parse(readFileSync(join(withAngers, 'members.json'), 'utf8'));
        const angersFile = { ...own, members: own.members.filter((m) => m.code === '49007') };
        delete angersFile.signature;
        for (const key of ['49007', ANGERS.siren])
          writeFileSync(
            join(withAngers, 'members', `${key}.json`),
            signText(JSON.stringify(angersFile), devKey()),
          );
        const good = await refresh();
        assert.equal(good.version, '1.1.0', JSON.stringify(good));
        const fresh = await visit(angersPost.link);
        try {
          assert.match(fresh.html, new RegExp(`<meta name="vae:data" content="${copy}" />`));
          assert.match(await badge(fresh.page), /Angers/);
          assert.ok(
            fresh.requests.includes(`${copy}members/49007.json`),
            fresh.requests.join('\n'),
          );
          assert.deepEqual(fresh.thirdParty(), []);
          assert.ok(
            fresh.requests.every((u) => !u.startsWith(cdn.origin)),
            'no request to the range',
          );
          assert.deepEqual(fresh.errors, []);
        } finally {
          await fresh.page.close();
        }
        assert.equal(site.wp('admin-notices').html, '');

        // 1.2.0: the 1.1.0 files, each stating 1.2.0 and Angers renamed, after signing.
        const tampered = mkdtempSync(join(tmpdir(), 'vae-wp-release-'));
        releases.push(tampered);
        cpSync(withAngers, tampered, { recursive: true });
        for (const name of readdirSync(tampered, { recursive: true })) {
          if (!name.endsWith('.json') || /schema|package|badges/.test(name)) continue;
          const text = readFileSync(join(tampered, name), 'utf8');
          writeFileSync(
            join(tampered, name),
            text
              .replace('"dataVersion":"1.1.0"', '"dataVersion":"1.2.0"')
              .replace('"name":"Angers"', '"name":"Angers-Contrefaite"'),
          );
        }
        cdn.publish('vae-widgets-data', '1.2.0', tampered);
        const refused = await refresh();
        assert.equal(refused.version, '1.1.0', JSON.stringify(refused));
        assert.match(refused.error, /members\.json is not signed by a key this plugin trusts/);
        const kept = await visit(angersPost.link);
        try {
          const text = await badge(kept.page);
          assert.match(text, /Angers/);
          assert.doesNotMatch(text, /Contrefaite/);
          assert.equal(await kept.page.$eval('vae-city-badge', (el) => el.dataVersion), '1.1.0');
        } finally {
          await kept.page.close();
        }
        const notice = site.wp('admin-notices').html;
        assert.match(notice, /class="notice notice-error"/);
        assert.match(
          notice,
          /not signed by a key this plugin trusts.*last good copy \(release 1\.1\.0\)/,
        );
      } finally {
        site.wp('set-option', { name: 'vae_widgets_data_source', value: 'bundled' });
        rmSync(mirror);
        await cdn.close();
        for (const folder of releases) rmSync(folder, { recursive: true, force: true });
      }
    });

    test('in the block editor, the Author finds the six blocks and sees the badge previewed', async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} ${message.location()?.url}`);
      });
      page.on('requestfailed', (r) => errors.push(`failed ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      // The editor loads about a hundred scripts: slow on a busy 2-core machine.
      page.setDefaultTimeout(90_000);
      try {
        await logIn(page, author.login, author.password);
        await page.goto(`${site.url}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
        await page
          .waitForFunction(() => window.wp?.blocks?.getBlockType('vae-widgets/city-map'))
          .catch((error) => {
            throw new Error(`${error.message} on ${page.url()}: ${errors.join('\n')}`);
          });
        const blocks = await page.evaluate(() =>
          window.wp.blocks
            .getBlockTypes()
            .filter((block) => block.name.startsWith('vae-widgets/'))
            .map((block) => [block.name, Object.keys(block.attributes).includes('city')]),
        );
        assert.equal(blocks.length, 6, JSON.stringify(blocks));
        assert.deepEqual(
          blocks.filter(([, city]) => city).map(([name]) => name),
          ['vae-widgets/city-badge'],
        );
        // The server-rendered preview, upgraded by the element loaded in the editor.
        const preview = await page.waitForSelector('vae-city-badge[state="ready"]');
        assert.match(await preview.evaluate((el) => el.shadowRoot.textContent), /Lyon/);
        // WordPress's own editor asks gravatar.com and s.w.org (no network here), and the
        // theme's template, which an Author may not edit: none of these is ours.
        const core =
          /https:\/\/(\d\.gravatar\.com|s\.w\.org)\/|\/wp-json\/wp\/v2\/templates\/.*403|403 .*\/wp-json\/wp\/v2\/templates\//;
        assert.deepEqual(
          errors.filter((error) => !core.test(error)),
          [],
        );
      } finally {
        await page.close();
      }
    });

    test('in a site set to French, the settings page and the block editor speak French', async () => {
      site.wp('set-option', { name: 'WPLANG', value: 'fr_FR' });
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(90_000);
      try {
        await logIn(page, site.admin.user, site.admin.password);
        await page.goto(`${site.url}/wp-admin/options-general.php?page=vae-widgets`);
        const settings = await page.$eval('.wrap', (wrap) => ({
          title: wrap.querySelector('h1').textContent.trim(),
          section: wrap.querySelector('h2').textContent.trim(),
          field: wrap.querySelector('th').textContent.trim(),
          choices: [...wrap.querySelectorAll('label')].map((label) => label.textContent.trim()),
        }));
        assert.equal(settings.title, 'Widgets VAE');
        assert.equal(settings.section, 'Données');
        assert.equal(settings.field, 'Source des données');
        assert.match(settings.choices[0], /^La copie fournie avec cette extension/);
        assert.match(settings.choices[1], /^Les données en direct de https:\/\/cdn\.jsdelivr\.net/);
        // The menu entry too (the .mo is loaded before admin_menu).
        assert.ok(
          await page.$$eval('#adminmenu a', (links) =>
            links.some((a) => a.textContent === 'Widgets VAE'),
          ),
        );

        await page.goto(`${site.url}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
        await page.waitForFunction(() => window.wp?.blocks?.getBlockType('vae-widgets/city-map'));
        const titles = await page.evaluate(() =>
          window.wp.blocks
            .getBlockTypes()
            .filter((block) => block.name.startsWith('vae-widgets/'))
            .map((block) => block.title)
            .sort(),
        );
        assert.deepEqual(titles, [
          'Actualités Ville amie des enfants',
          'Badge Ville amie des enfants',
          'Carte Ville amie des enfants',
          'Compteur Ville amie des enfants',
          'Partenaires Ville amie des enfants',
          'Recherche Ville amie des enfants',
        ]);
        // The badge block selected: its settings panel, drawn by the editor script.
        await page.evaluate(() => {
          const editor = window.wp.data.select('core/block-editor');
          const badge = editor.getBlocks().find((block) => block.name === 'vae-widgets/city-badge');
          window.wp.data.dispatch('core/block-editor').selectBlock(badge.clientId);
          window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        });
        // Its five controls drawn (in whatever language), then read.
        const panel = await page.waitForFunction(() => {
          const inspector = document.querySelector('.block-editor-block-inspector');
          const labels = [...(inspector?.querySelectorAll('label') ?? [])].map((l) =>
            l.textContent.trim(),
          );
          return labels.length >= 5 && labels;
        });
        const labels = await panel.jsonValue();
        for (const label of [
          'Variante',
          'Commune ou intercommunalité (code INSEE ou SIREN, par exemple 69123)',
          'Thème',
          'Seulement pendant le mandat en cours',
          // Attributes the hand-kept label list used to hide.
          'Afficher une candidature officielle (badge «\u00a0candidate au titre\u00a0»)',
          'Date de référence des titres (vide\u00a0: aujourd’hui)',
        ])
          assert.ok(labels.includes(label), `${label} in ${labels.join(' | ')}`);
        const options = await page.$$eval('.block-editor-block-inspector option', (list) =>
          list.map((o) => o.textContent),
        );
        for (const option of ['Complet', 'Compact', 'Sceau', 'Clair', 'Sombre'])
          assert.ok(options.includes(option), `${option} in ${options}`);
      } finally {
        await context.close();
        site.wp('set-option', { name: 'WPLANG', value: '' });
      }
    });

    test('no PHP notice, warning or error, and nothing at all from the plugin, in the log or the pages', async () => {
      const { page, html } = await visit(posts.all.link);
      await page.close();
      assert.doesNotMatch(html, /<b>(Notice|Warning|Deprecated|Fatal error)<\/b>/);
      const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
      const lines = log.split('\n').filter(Boolean);
      assert.deepEqual(
        lines.filter((line) => /vae-widgets|site\.php/.test(line)),
        [],
      );
      assert.deepEqual(
        lines.filter((line) => /PHP (Notice|Warning|Fatal error|Parse error)/.test(line)),
        [],
      );
    });

    test('uninstalling deletes its options and files, the live data copy too, and leaves nothing behind', () => {
      const before = site.wp('stored');
      assert.deepEqual(before.options, ['vae_widgets_data_source', 'vae_widgets_refresh_status']);
      assert.equal(before.files, true);
      assert.equal(before.copy, true, 'the live data test left its last good copy');
      assert.equal(site.wp('uninstall').deleted, true);
      assert.deepEqual(site.wp('stored'), {
        options: [],
        usermeta: [],
        postmeta: [],
        files: false,
        copy: false,
      });
    });
  },
);
