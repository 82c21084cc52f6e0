// The data package descriptor (datapackage.json, Frictionless Data Package v1,
// https://specs.frictionlessdata.io/data-package/): every top-level data file
// of dist/data as a resource, with its schema, size and hash, the licence, the
// sources, the version and the release's date. Folders (members/, communes/,
// badges/) are described in `description`: one resource per file there would
// list 2,000 entries nobody reads. Pure: the caller reads the files.
import { createHash } from 'node:crypto';
import { CSV_FILE, CSV_SCHEMA_FILE } from './table-schema.mjs';

export const DESCRIPTOR_FILE = 'datapackage.json';
export const FEED_FILE = 'changes.atom';

/** Licence Ouverte 2.0: data.gouv.fr's default, attribution only (docs/data.md, "Open data"). */
const LICENCE = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

const TITLES = {
  [CSV_FILE]: 'Membres et titres (CSV, une ligne par membre et par titre)',
  'vae.json': 'Jeu de données complet (membres, partenaires, actualités)',
  'members.json': 'Membres (fichier du badge, du compteur et de la carte)',
  'search.json': 'Membres avec codes postaux et communes (fichier de la recherche)',
  'partners.json': 'Partenaires nationaux',
  'news.json': 'Actualités du réseau',
  'map-departments.json': 'Carte des départements (géométrie)',
  [FEED_FILE]: 'Flux Atom des changements de chaque version des données',
};

const FORMATS = {
  csv: { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' },
  json: { format: 'json', mediatype: 'application/json', encoding: 'utf-8' },
  atom: { format: 'atom', mediatype: 'application/atom+xml', encoding: 'utf-8' },
};

const resourceName = (file) =>
  file
    .replace(/\.[a-z]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

/** Top-level files that are a resource: every data file but schemas and package metadata. */
const isResourceFile = (file) =>
  !file.endsWith('.schema.json') &&
  ![DESCRIPTOR_FILE, 'package.json', 'README.md'].includes(file) &&
  /\.(csv|json|atom)$/.test(file);

/**
 * @param {object} dataset vae.json
 * @param {{ name: string, version: string }} release data/release.json
 * @param {{ file: string, content: Buffer }[]} files the package's top-level files
 */
export function dataPackageDescriptor(dataset, release, files) {
  const names = new Set(files.map((f) => f.file));
  const resources = files
    .filter((f) => isResourceFile(f.file))
    .sort((a, b) => (a.file === CSV_FILE ? -1 : b.file === CSV_FILE ? 1 : a.file < b.file ? -1 : 1))
    .map(({ file, content }) => {
      const extension = file.split('.').pop();
      const schemaFile =
        file === CSV_FILE ? CSV_SCHEMA_FILE : file.replace(/\.json$/, '.schema.json');
      return {
        name: resourceName(file),
        path: file,
        title: TITLES[file] ?? file,
        profile: file === CSV_FILE ? 'tabular-data-resource' : 'data-resource',
        ...FORMATS[extension],
        bytes: content.length,
        hash: `sha256:${createHash('sha256').update(content).digest('hex')}`,
        ...(names.has(schemaFile) && schemaFile !== file ? { schema: schemaFile } : {}),
      };
    });
  const { meta } = dataset;
  return {
    profile: 'data-package',
    name: release.package,
    id: `https://cdn.jsdelivr.net/npm/${release.package}@${release.version}/`,
    title: `Réseau ${meta.programme.name} (UNICEF France) : membres, titres et partenaires`,
    description:
      `Les membres du réseau ${meta.programme.name} de l’UNICEF France, rapportés aux codes officiels ` +
      '(code INSEE de la commune, SIREN de l’intercommunalité), avec leur titre par mandat ; les ' +
      'partenaires nationaux et les actualités. Dossiers sans ressource propre : members/<code>.json ' +
      '(un membre par fichier, schéma members.schema.json), communes/ (toutes les communes, en ' +
      'morceaux, pour la recherche), badges/ (badges statiques SVG et PNG, fr et en).',
    homepage: meta.programme.url,
    version: release.version,
    created: meta.buildDate,
    keywords: ['unicef', 'ville-amie-des-enfants', 'collectivites', 'communes', 'epci', 'enfance'],
    licenses: [LICENCE],
    sources: [
      // The pages are kept as verbatim copies in the code repository, not in this package.
      ...meta.sources.map((s) => ({
        title: `${s.title} (UNICEF France) ; copie dans le dépôt vae-widgets : ${s.file}`,
      })),
      {
        title: `${meta.geography.name} ${meta.geography.year}, via ${meta.geography.package} ${meta.geography.version}`,
        path: 'https://www.insee.fr/fr/information/2560452',
      },
    ],
    resources,
  };
}
