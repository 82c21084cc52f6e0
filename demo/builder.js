// The embed builder: options → live preview (local build) → three snippets
// (pinned CDN URLs with integrity, or local URLs with the "local" toggle).
// The form gets `data-ready` once the build's snippets and dataset are read,
// and `data-updated` counts refreshes, so tests know when to read the code.
import { loadDataset } from '../dist/vae-widgets.js';
import {
  VARIANTS,
  THEME_CSS,
  badgePath,
  cmsSnippet,
  elementSpec,
  imageSnippet,
  scriptSnippet,
} from './builder-snippets.js';

const DIST = new URL('../dist/', import.meta.url).href;
const $ = (id) => document.getElementById(id);
const form = $('builder');
const preview = $('preview');

const [snippets, dataset] = await Promise.all([
  fetch(`${DIST}snippets.json`).then((response) => response.json()),
  loadDataset(`${DIST}data/vae.json`),
]);
$('version').textContent = `vae-widgets@${snippets.version}`;

const memberByCode = (code) => dataset.members.find((member) => member.code === code);
let member = memberByCode('69123') ?? dataset.members[0];

const checked = (name) => form.querySelector(`input[name="${name}"]:checked`).value;

function options() {
  const element = $('element').value;
  const variant = $('variant').value;
  const scope =
    element === 'member-count' && variant === 'department'
      ? dataset.members.filter((m) => m.department.code === member.department.code)
      : dataset.members;
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
  const select = $('variant');
  select.replaceChildren(
    ...VARIANTS[$('element').value].map(([value, label]) => new Option(label, value)),
  );
}

// The static badge's size and wording come from the built SVG itself (read as
// text: DOMParser is a Trusted Types sink, and this page enforces Trusted Types).
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => XML_ENTITIES[name]);
const badgeCache = new Map();
async function staticBadge(path) {
  if (!badgeCache.has(path)) {
    badgeCache.set(
      path,
      fetch(`${DIST}data/${path}`).then(async (response) => {
        if (!response.ok) return undefined;
        const svg = await response.text();
        const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
        return {
          alt: unescapeXml(/<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? ''),
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
  const base = $('local').checked ? DIST : snippets.cdnBase;
  $('member').textContent = `${member.name} (${member.code}, ${member.department.name})`;
  renderPreview(chosen);
  $('snippet-script').value = scriptSnippet(snippets, chosen, base);
  $('snippet-cms').value = cmsSnippet(snippets, chosen, base);
  const badge =
    chosen.element === 'city-badge'
      ? await staticBadge(badgePath(chosen.member, chosen.lang))
      : undefined;
  $('snippet-img').value = badge
    ? imageSnippet(chosen, badge, $('local').checked ? `${DIST}data/` : snippets.dataCdnBase)
    : 'Image statique : disponible pour le badge d’un membre seulement.';
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
    $('member').textContent = `${entity.name} n’est pas membre du réseau`;
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

// Copy: the clipboard API where allowed, else select the text for Ctrl+C.
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(area.value);
      $('copy-status').textContent = 'Code copié.';
    } catch {
      area.focus();
      area.select();
      $('copy-status').textContent = 'Copie refusée par le navigateur : le code est sélectionné.';
    }
  });
}

fillVariants();
await update();
form.dataset.ready = '';
