// Pages served under a strict Content-Security-Policy with Trusted Types, for
// test/hardening/csp.test.ts (a wtr test page cannot carry its own CSP header):
//   /csp/page.html?bundle=all        dist/vae-widgets.js and all six elements
//                                    (one as a CMS `data-vae` div)
//   /csp/page.html?bundle=elements   the six dist/elements/<tag>.js files
//   /csp/page.html?bundle=<tag>      dist/elements/<tag>.js and that element only
//   /csp/page.html?bundle=none       no library: for checking the probe itself
//   /csp/probe.js                    first script: records securitypolicyviolation events
//   /csp/page.css                    the page's own layout (no inline style allowed)
// Every script is an external file: the policy allows no inline script.
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

// No `src`: each element finds data/vae.json beside its bundle (dist/data/vae.json).
const MARKUP = {
  'vae-city-badge': '<vae-city-badge city="34003"></vae-city-badge>',
  'vae-city-search': '<vae-city-search all-communes></vae-city-search>',
  'vae-partner-list': '<vae-partner-list></vae-partner-list>',
  'vae-member-count': '<vae-member-count></vae-member-count>',
  'vae-news-list': '<vae-news-list></vae-news-list>',
  'vae-city-map': '<vae-city-map href="https://example.org/villes/{code}"></vae-city-map>',
};
const TAGS = Object.keys(MARKUP);

const PROBE = `// Runs first: every CSP violation on this page lands in window.__violations.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile + ':' + event.lineNumber,
    sample: event.sample,
  });
});
`;

const CSS = `body { margin: 0; } .holder { width: 800px; }\n`;

function page(bundle) {
  let scripts;
  let body;
  if (bundle === 'all') {
    scripts = ['/dist/vae-widgets.js'];
    body = TAGS.filter((tag) => tag !== 'vae-city-badge').map((tag) => MARKUP[tag]);
    body.unshift('<div data-vae="city-badge" data-city="34003">Agde</div>');
  } else if (bundle === 'elements') {
    scripts = TAGS.map((tag) => `/dist/elements/${tag}.js`);
    body = TAGS.map((tag) => MARKUP[tag]);
  } else if (TAGS.includes(bundle)) {
    scripts = [`/dist/elements/${bundle}.js`];
    body = [MARKUP[bundle]];
  } else if (bundle === 'none') {
    scripts = [];
    body = ['<p id="target">no library</p>'];
  } else {
    return undefined;
  }
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>CSP ${bundle}</title>
<link rel="stylesheet" href="/csp/page.css">
<script src="/csp/probe.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body>
<div class="holder">
${body.join('\n')}
</div>
</body>
</html>
`;
}

function send(ctx, body, type) {
  ctx.status = 200;
  ctx.type = type;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.body = body;
}

export async function cspMiddleware(ctx, next) {
  if (ctx.path === '/csp/probe.js') return send(ctx, PROBE, 'text/javascript');
  if (ctx.path === '/csp/page.css') return send(ctx, CSS, 'text/css');
  if (ctx.path !== '/csp/page.html') return next();
  const html = page(String(ctx.query.bundle ?? ''));
  return html ? send(ctx, html, 'text/html') : next();
}
