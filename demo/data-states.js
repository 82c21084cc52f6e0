// Shows the dataset's counts and what the shared data layer makes of each
// fault, through the built bundle's public API (no element needed).
import { loadDataset, isDataError, errorMessage } from '../dist/vae-widgets.js';

const cases = [
  ['Prêt', '../dist/data/vae.json'],
  ['Lent (2 s)', '/faults/slow?ms=2000'],
  ['404', '/faults/404'],
  ['500', '/faults/500'],
  ['Connexion refusée', 'http://127.0.0.1:9/vae.json'],
  ['Délai dépassé (1 s)', '/faults/slow?ms=4000&demo=timeout', 1000],
  ['Pas du JSON', '/faults/not-json'],
  ['JSON tronqué', '/faults/truncated'],
  ['Mauvaise forme', '/faults/wrong-shape'],
  ['Version future', '/faults/future-version'],
];

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.append(td);
  return td;
}

const counts = document.getElementById('counts');
loadDataset(new URL('../dist/data/vae.json', location.href).href).then((dataset) => {
  const rows = {
    Membres: dataset.meta.counts.members,
    Communes: dataset.meta.counts.communes,
    Intercommunalités: dataset.meta.counts.epci,
    Partenaires: dataset.meta.counts.partners,
    Actualités: dataset.meta.counts.news,
    Géographie: `${dataset.meta.geography.name} ${dataset.meta.geography.year}`,
    Mandat: dataset.meta.mandates.map((m) => `${m.id} (${m.start} → ${m.end})`).join(', '),
  };
  for (const [term, value] of Object.entries(rows)) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = String(value);
    counts.append(dt, dd);
  }
  counts.removeAttribute('aria-busy');
});

const tbody = document.getElementById('states');
for (const [label, url, timeout] of cases) {
  const row = document.createElement('tr');
  cell(row, label);
  cell(row, url);
  const state = cell(row, 'loading');
  const fr = cell(row, '');
  const en = cell(row, '');
  tbody.append(row);
  loadDataset(new URL(url, location.href).href, timeout).then(
    (dataset) => {
      state.textContent = 'ready';
      fr.textContent = `${dataset.members.length} membres`;
      en.textContent = `${dataset.members.length} members`;
    },
    (error) => {
      state.textContent = 'error';
      const kind = isDataError(error) ? error.kind : 'network';
      fr.textContent = errorMessage(kind, 'fr', error.detail?.status);
      en.textContent = errorMessage(kind, 'en', error.detail?.status);
    },
  );
}
