// A crawler over a served site: from its root URL, follows every internal
// link of every page (a, link, script, img: href and src), and reports broken
// links, missing anchors, root-absolute URLs, resources from another origin
// and pages without their other-language twin link.
import { get } from 'node:http';

const ATTRIBUTE = /<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const decode = (text) =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/**
 * GET over a fresh connection: {status, type, body}. fetch() reuses a
 * kept-alive socket, which the server may close meanwhile ("fetch failed").
 */
export function getText(url) {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          type: response.headers['content-type'] ?? '',
          body,
        }),
      );
    }).on('error', reject);
  });
}

/** Crawls from `root` (ending in `/`); `concurrency` pages at a time. */
export async function crawlSite(root, concurrency = 8) {
  const origin = new URL(root).origin;
  const pages = new Map(); // url → {ids, links}
  const files = new Map(); // url → status
  const queue = [root];
  const seen = new Set(queue);
  const report = {
    broken: [],
    rootAbsolute: [],
    foreignResources: [],
    withoutTwin: [],
    checked: 0,
  };

  async function visit(url) {
    const response = await getText(url);
    if (response.status !== 200) return void files.set(url, response.status);
    files.set(url, 200);
    if (!response.type.startsWith('text/html')) return;
    const html = response.body;
    const links = [];
    for (const [, tag, attribute, raw] of html.matchAll(ATTRIBUTE)) {
      const value = decode(raw);
      if (value.includes('{')) continue; // an element's href template, not a link
      if (value.startsWith('/')) report.rootAbsolute.push(`${url}: ${value}`);
      const target = new URL(value, url);
      if (target.origin !== origin) {
        if (tag !== 'a') report.foreignResources.push(`${url}: <${tag} ${attribute}="${value}">`);
        continue;
      }
      links.push({ value, target });
    }
    const lang = /<html lang="(\w+)"/.exec(html)?.[1];
    if (!/<link rel="alternate" hreflang="\w+" href="[^"]+"/.test(html) || !lang)
      report.withoutTwin.push(url);
    pages.set(url, { ids: new Set([...html.matchAll(ID)].map((m) => decode(m[1]))), links });
    for (const { target } of links) {
      const page = target.origin + target.pathname;
      if (!seen.has(page)) {
        seen.add(page);
        queue.push(page);
      }
    }
  }

  const running = new Set();
  while (queue.length || running.size) {
    while (queue.length && running.size < concurrency) {
      const job = visit(queue.shift()).finally(() => running.delete(job));
      running.add(job);
    }
    await Promise.race(running);
  }

  for (const [url, { links }] of pages) {
    for (const { value, target } of links) {
      report.checked += 1;
      const file = target.origin + target.pathname;
      if (files.get(file) !== 200) {
        report.broken.push(`${url}: ${value} (${files.get(file) ?? 'not fetched'})`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && !pages.get(file)?.ids.has(anchor))
        report.broken.push(`${url}: ${value} (no id="${anchor}")`);
    }
  }
  return { ...report, pages: [...pages.keys()] };
}
