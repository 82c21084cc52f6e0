// WebKitGTK for the browser tests: Debian's MiniBrowser driven by its own
// WebKitWebDriver (W3C WebDriver over HTTP), in an Xvfb display of our own.
// Written here rather than through @web/test-runner-webdriver because that
// launcher needs webdriverio and cannot start WebKitWebDriver or Xvfb itself.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { enginePrograms, missingMessage, missingPrograms } from './engines.mjs';

const [driver, miniBrowser] = enginePrograms().webkit;
export const WEBKIT_DRIVER_PATH = driver.path;
export const MINIBROWSER_PATH = miniBrowser.path;

// WebDriver's codes for the keys our tests press (W3C WebDriver, "keyboard actions").
const KEY_CODES = {
  Alt: '\uE00A',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  ArrowUp: '\uE013',
  Backspace: '\uE003',
  Control: '\uE009',
  Delete: '\uE017',
  End: '\uE010',
  Enter: '\uE007',
  Escape: '\uE00C',
  Home: '\uE011',
  Meta: '\uE03D',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Shift: '\uE008',
  Space: ' ',
  Tab: '\uE004',
};

function keyCode(name) {
  if (KEY_CODES[name]) return KEY_CODES[name];
  if ([...name].length === 1) return name;
  throw new Error(`WebKit launcher: no WebDriver code for the key "${name}"`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display number it picks itself (never a fixed one: the machine is shared). */
async function startXvfb() {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const display = await new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) =>
      reject(new Error(`Xvfb exited (${code}); is the xvfb package installed?`)),
    );
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return { display, stop: () => xvfb.kill() };
}

async function waitForDriver(base, driver) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`${base}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

/** One MiniBrowser window through WebKitWebDriver: the few WebDriver commands the tests need. */
class WebKitSession {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  async command(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  execute(script) {
    return this.command('POST', '/execute/sync', { script, args: [] });
  }

  keys(actions) {
    return this.command('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
  }
}

/**
 * The page object @web/test-runner-commands drives: its send-keys, set-viewport
 * and emulate-media plugins call a Puppeteer page's methods when the launcher's
 * type is 'puppeteer'. This is the subset WebDriver can do; the rest says why not.
 */
function commandPage(session) {
  const down = (key) => ({ type: 'keyDown', value: keyCode(key) });
  const up = (key) => ({ type: 'keyUp', value: keyCode(key) });
  const unsupported = (what) => () => {
    throw new Error(`WebKitWebDriver cannot ${what} (no DevTools protocol in WebKitGTK)`);
  };
  return {
    keyboard: {
      type: (text) => session.keys([...text].flatMap((key) => [down(key), up(key)])),
      // Puppeteer's "Alt+ArrowDown" form: hold the modifiers, press the key, release.
      press: (combo) => {
        const keys = combo.split(/\+(?!$)/);
        return session.keys([...keys.map(down), ...keys.reverse().map(up)]);
      },
      down: (key) => session.keys([down(key)]),
      up: (key) => session.keys([up(key)]),
    },
    async setViewport({ width, height }) {
      // WebDriver sizes the window, not the viewport: add the window's own chrome.
      const [innerWidth, innerHeight] = await session.execute('return [innerWidth, innerHeight]');
      const rect = await session.command('GET', '/window/rect');
      await session.command('POST', '/window/rect', {
        width: width + rect.width - innerWidth,
        height: height + rect.height - innerHeight,
      });
      const got = await session.execute('return [innerWidth, innerHeight]');
      if (got[0] !== width) {
        throw new Error(`MiniBrowser's window gave a ${got[0]} px viewport, not ${width} px`);
      }
    },
    emulateMediaFeatures: unsupported('emulate media features'),
    emulateMediaType: unsupported('emulate a media type'),
    createCDPSession: unsupported('open a DevTools protocol session'),
  };
}

class WebKitLauncher {
  name = 'WebKit';
  // The type whose page API the command plugins know (see commandPage above).
  type = 'puppeteer';
  concurrency = 1;

  initialize(config) {
    this.config = config;
  }

  async start() {
    const missing = missingPrograms(['webkit']);
    if (missing.length) throw new Error(missingMessage(missing));
    this.xvfb = await startXvfb();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    this.driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: this.xvfb.display },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForDriver(base, this.driver);
    const response = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
          },
        },
      }),
    });
    const { value } = await response.json();
    if (!value?.sessionId) throw new Error(`WebKitWebDriver refused a session: ${value?.message}`);
    this.session = new WebKitSession(base, value.sessionId);
    this.page = commandPage(this.session);
    this.version = value.capabilities?.browserVersion;
  }

  async startSession(sessionId, url) {
    this.starting ??= this.start();
    await this.starting;
    this.activeSession = sessionId;
    this.activeUrl = url;
    await this.session.navigate(url);
  }

  isActive(sessionId) {
    return this.activeSession === sessionId;
  }

  getBrowserUrl() {
    return this.activeUrl;
  }

  getPage(sessionId) {
    if (sessionId !== this.activeSession)
      throw new Error(`No WebKit page for session ${sessionId}`);
    return this.page;
  }

  async stopSession() {
    // Leave the page so nothing of the last test file keeps running.
    await this.session.navigate('about:blank');
    this.activeSession = undefined;
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode: run MiniBrowser by hand');
  }

  async stop() {
    try {
      await this.session?.command('DELETE', '');
    } finally {
      this.driver?.kill();
      this.xvfb?.stop();
    }
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
