// Builds demo/states.html: every element in every state, for the theme and
// language in the query string (?theme=light|dark&lang=fr|en). Each cell's
// element carries data-expect="<state>", which the tests check.
const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const lang = params.get('lang') === 'en' ? 'en' : 'fr';

const SLOW = '/faults/slow?ms=60000&demo=states';
const ERROR = '/faults/404';
const NO_MEMBERS = new URL('./fixtures/no-members.json', location.href).href;

// [element, attributes per state]: what makes each state happen with real data.
const ELEMENTS = [
  ['city-badge', { ready: { city: '69123' }, empty: { city: '2A004' }, city: '69123' }],
  ['city-search', { ready: {}, empty: { src: NO_MEMBERS } }],
  ['partner-list', { ready: {}, empty: { category: 'entreprise' } }],
  ['member-count', { ready: { 'no-animation': '' }, empty: { mandate: '2026-2032' } }],
  ['news-list', { ready: { limit: '2' }, empty: { tag: 'Sport' } }],
  ['city-map', { ready: {}, empty: { region: '00' } }],
];
const STATES = ['ready', 'empty', 'error', 'loading'];
const LABELS = {
  fr: { ready: 'Prêt', empty: 'Vide', error: 'Erreur (404)', loading: 'Chargement' },
  en: { ready: 'Ready', empty: 'Empty', error: 'Error (404)', loading: 'Loading' },
};

function attributesFor(spec, state) {
  const base = spec.city ? { city: spec.city } : {};
  if (state === 'ready' || state === 'empty') return spec[state];
  return { ...base, src: state === 'error' ? ERROR : SLOW };
}

const grid = document.getElementById('states-grid');
grid.lang = lang;
grid.className = theme === 'dark' ? 'vae-dark' : '';
document.title += ` (${theme}, ${lang})`;

for (const [name, spec] of ELEMENTS) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = `<vae-${name}>`;
  const row = document.createElement('div');
  row.className = 'states-row';
  for (const state of STATES) {
    const cell = document.createElement('div');
    cell.className = 'state-cell';
    const label = document.createElement('h3');
    label.textContent = LABELS[lang][state];
    const element = document.createElement(`vae-${name}`);
    for (const [attribute, value] of Object.entries(attributesFor(spec, state)))
      element.setAttribute(attribute, value);
    if (name === 'city-badge' && theme === 'dark') element.setAttribute('theme', 'dark');
    element.dataset.expect = state;
    cell.append(label, element);
    row.append(cell);
  }
  section.append(heading, row);
  grid.append(section);
}
