// Snippets of Markdown pages pasted as a webmaster pastes them: each ```html block, filled
// as its readers get it (the site's `<!-- script: … -->` lines by the site build's
// scripts/site/snippet-tags.mjs; the README's `integrity="sha384-…"` with the hash its text
// says to copy), served alone in a fresh page on loopback, with jsDelivr answered by the CDN
// stand-in (test/server/cdn-stand-in.mjs, this build published), and what the page then
// shows: each element's state, each image's natural width and its SVG's own title.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { relative } from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, chromiumArgs, assertChromium } from '../../scripts/lib/chromium.mjs';
import { fillScriptTags } from '../../scripts/site/snippet-tags.mjs';
import { routeCdn, startCdnWithBuild } from './cdn-pages.mjs';
import { ROOT, readRepoJson } from './helpers.mjs';

const snippets = readRepoJson('dist/snippets.json');
const sri = readRepoJson('dist/sri.json');

/** The README's script tags show `sha384-…`: the reader copies the build's hash for that file. */
function fillReadmeHashes(html) {
  const base = snippets.cdnBase;
  return html.replace(
    /(<script\b[^>]*?\bsrc="([^"]+)"[^>]*?\bintegrity=")sha384-…(")/g,
    (whole, start, src, end) => {
      const file = src.startsWith(base) ? src.slice(base.length) : undefined;
      assert.ok(sri.integrity[file], `no built file for ${src}`);
      return `${start}${sri.integrity[file]}${end}`;
    },
  );
}

/** Every ```html block of a page: {where, lang, kind, fill() → the HTML its readers paste}. */
export function htmlSnippets([file, lang, kind]) {
  const { content } = matter(readFileSync(file, 'utf8'));
  const where = relative(ROOT, file);
  const blocks = [];
  marked.walkTokens(marked.lexer(content), (token) => {
    if (token.type === 'code' && token.lang === 'html') blocks.push(token.text);
  });
  const fill = (text) => {
    const tags = fillScriptTags(text, snippets, where);
    return kind === 'site' ? tags : fillReadmeHashes(tags);
  };
  // Filled when its test runs, so that one bad snippet fails its own test only.
  return blocks.map((text, index) => ({
    where: `${where}, snippet ${index + 1}`,
    lang,
    kind,
    fill: () => fill(text),
  }));
}

/** Starts the CDN stand-in, a page server and Chromium: `{ paste(snippet), cdn, close() }`. */
export async function startSnippetPages() {
  assertChromium();
  const cdn = await startCdnWithBuild();
  const served = new Map();
  const server = createServer((request, response) => {
    const snippet = served.get(request.url);
    if (!snippet) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="${snippet.lang}"><meta charset="utf-8"><title>Snippet</title><link rel="icon" href="data:,"><body>\n${snippet.html}\n</body></html>`,
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });

  /** Pastes one snippet into a fresh page; resolves to what a reader sees of it. */
  async function paste(snippet) {
    const index = served.size;
    const path = `/snippet/${index}`;
    served.set(path, { lang: snippet.lang, html: snippet.fill() });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
    try {
      await routeCdn(page, cdn);
      await page.goto(host + path);
      const settled = () =>
        [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('vae-'))
          .every((el) => ['ready', 'empty', 'error'].includes(el.getAttribute('state'))) &&
        [...document.images].every((img) => img.complete);
      // A snippet whose script never loads leaves its elements without a state: say so.
      await page.waitForFunction(settled, { timeout: 20_000 }).catch(() => {});
      const seen = await page.evaluate(async () => ({
        elements: [...document.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('vae-'))
          .map((el) => ({
            tag: el.localName,
            state: el.getAttribute('state'),
            defined: Boolean(customElements.get(el.localName)),
          })),
        images: await Promise.all(
          [...document.images].map(async (img) => ({
            src: img.src,
            width: img.naturalWidth,
            alt: img.alt,
            title: await fetch(img.src)
              .then((r) => r.text())
              .then((svg) => /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? null)
              .catch(() => null),
          })),
        ),
      }));
      return { ...seen, errors };
    } finally {
      await page.close();
    }
  }

  const close = async () => {
    await browser.close();
    await cdn.close();
    server.close();
  };
  return { paste, cdn, close };
}

/** Fails unless the pasted snippet shows something and all of it rendered. */
export function assertRendered({ elements, images, errors }) {
  assert.ok(elements.length + images.length > 0, 'the snippet shows nothing');
  for (const element of elements)
    assert.equal(
      element.state,
      'ready',
      `<${element.tag}> ${element.defined ? `is ${element.state}` : 'was never defined (its script did not load)'}`,
    );
  for (const image of images) {
    assert.ok(image.width > 0, `${image.src} did not load`);
    if (image.src.endsWith('.svg'))
      assert.equal(image.alt, image.title, 'alt is the badge’s own text');
  }
  assert.deepEqual(errors, []);
}
