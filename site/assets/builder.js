// The embed builder: options → live preview (this site's copy of the code) →
// the snippets (pinned CDN URLs with integrity, or this site's URLs with the
// "local" toggle). The member is picked by name with <vae-city-search>, or
// preselected by `?code=` (a member page's "Add this badge" link).
// The form gets `data-ready` once the build's snippets and data are read,
// and `data-updated` counts refreshes, so tests know when to read the code.
// Bundled by the site build (scripts/site/assets.mjs) with the badge's link rule.
import { badgeLink, hostSite } from '../../src/domain/badge-link.ts';
import {
  THEME_CSS,
  badgePath,
  blockSnippet,
  cmsSnippet,
  elementSpec,
  emailSnippet,
  imageSnippet,
  scriptSnippet,
  shortcodeSnippet,
} from './builder-snippets.js';

const SITE = new URL('../', import.meta.url).href;
const $ = (id) => document.getElementById(id);
const form = $('builder');
const preview = $('preview');

const VARIANTS = JSON.parse(form.dataset.variantLabels);

document.querySelector('.builder').hidden = false;
for (const note of document.querySelectorAll('.no-js')) note.hidden = true;

const json = (path) => fetch(new URL(path, SITE)).then((response) => response.json());
const [snippets, members] = await Promise.all([json('snippets.json'), json('data/members.json')]);

const memberByCode = (code) => members.members.find((m) => m.code === code || m.siren === code);
const asked = new URLSearchParams(location.search).get('code');
let member = (asked && memberByCode(asked)) || memberByCode('69123') || members.members[0];

const checked = (name) => form.querySelector(`input[name="${name}"]:checked`).value;

function options() {
  const element = $('element').value;
  const variant = $('variant').value;
  const scope =
    element === 'member-count' && variant === 'department'
      ? members.members.filter((m) => m.department.code === member.department.code)
      : members.members;
  return {
    element,
    variant,
    member: { code: member.code, name: member.name, department: member.department.code },
    theme: checked('theme'),
    lang: checked('lang'),
    bundle: checked('bundle'),
    count: scope.length,
  };
}

function fillVariants() {
  $('variant').replaceChildren(
    ...VARIANTS[$('element').value].map(([value, label]) => new Option(label, value)),
  );
}

// The static badge's size comes from the built SVG itself (read as text:
// DOMParser is a Trusted Types sink, and this page enforces Trusted Types).
const badgeCache = new Map();
function staticBadge(path) {
  if (!badgeCache.has(path)) {
    badgeCache.set(
      path,
      fetch(new URL(`data/${path}`, SITE)).then(async (response) => {
        if (!response.ok) return undefined;
        const root = /<svg\b[^>]*>/.exec(await response.text())?.[0] ?? '';
        return {
          width: /\bwidth="(\d+)"/.exec(root)?.[1],
          height: /\bheight="(\d+)"/.exec(root)?.[1],
        };
      }),
    );
  }
  return badgeCache.get(path);
}

/** Builds the element the snippet describes, from the same spec, with DOM calls. */
function renderPreview(chosen) {
  const spec = elementSpec(chosen);
  const element = document.createElement(spec.tag);
  for (const [name, value] of spec.attributes) element.setAttribute(name, value);
  element.textContent = spec.fallback;
  const holder = document.createElement('div');
  holder.className = spec.themeClass;
  holder.append(element);
  preview.replaceChildren(holder);
}

let updates = 0;
async function update() {
  const chosen = options();
  const local = $('local').checked;
  const base = local ? new URL('./', SITE).href : snippets.cdnBase;
  const dataBase = local ? new URL('data/', SITE).href : snippets.dataCdnBase;
  $('member').textContent = `${member.name} (${member.code}, ${member.department.name})`;
  renderPreview(chosen);
  $('snippet-script').value = scriptSnippet(snippets, chosen, base);
  $('snippet-cms').value = cmsSnippet(snippets, chosen, base);
  $('snippet-shortcode').value = shortcodeSnippet(chosen);
  $('snippet-block').value = blockSnippet(chosen);
  const badge =
    chosen.element === 'city-badge'
      ? await staticBadge(badgePath(chosen.member, chosen.lang))
      : undefined;
  // The same link as the badge's: this page's <meta name="vae:site">, else the data's meta.site.
  const href = badgeLink({
    code: member.code,
    lang: chosen.lang,
    hostSite: hostSite(document),
    dataSite: members.meta.site,
    programmeUrl: members.meta.programme.url,
  });
  $('snippet-img').value = badge
    ? imageSnippet(chosen, badge, dataBase, href)
    : form.dataset.imageNone;
  $('snippet-email').value = badge
    ? emailSnippet(chosen, badge, dataBase, href)
    : form.dataset.emailNone;
  const { themeClass } = elementSpec(chosen);
  $('css-block').hidden = !themeClass;
  $('snippet-css').value = themeClass ? THEME_CSS[chosen.theme] : '';
  updates += 1;
  form.dataset.updated = String(updates);
}

$('member-search').addEventListener('vae-select', (event) => {
  const { entity, membership } = event.detail;
  const chosen =
    membership.status === 'member'
      ? membership.member
      : membership.status === 'in-member-epci'
        ? membership.epci
        : undefined;
  if (!chosen) {
    $('member').textContent = form.dataset.notMember.replace('{name}', entity.name);
    return;
  }
  member = memberByCode(chosen.code) ?? member;
  update();
});

$('element').addEventListener('change', () => {
  fillVariants();
  update();
});
form.addEventListener('change', (event) => {
  if (event.target.id !== 'element') update();
});
form.addEventListener('submit', (event) => event.preventDefault());

fillVariants();
await update();
form.dataset.ready = '';
