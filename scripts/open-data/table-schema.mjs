// The Table Schema of vae-members.csv (Frictionless Table Schema v1,
// https://specs.frictionlessdata.io/table-schema/). Column names follow the
// schemas of schema.data.gouv.fr for collectivités (lower snake_case French
// names, `code_insee_commune` and `siren_*` with their patterns, as in
// etalab/schema-irve): docs/data.md, "Open data". Pure: no file is read here.

/** The CSV's file name in the data package, and its schema's. */
export const CSV_FILE = 'vae-members.csv';
export const CSV_SCHEMA_FILE = 'vae-members.schema.json';

const INSEE = '([013-9]\\d|2[AB1-9])\\d{3}';

/** The areas a member lies in, each given as two columns (its code, its name). */
const AREAS = [
  {
    key: 'department',
    suffix: 'departement',
    of: 'du département',
    code: '^(\\d{2}|2[AB]|9[78]\\d)$',
  },
  { key: 'region', suffix: 'region', of: 'de la région', code: '^\\d{2}$' },
];

/** An area's two columns: its official code (checked by `code`) and its name. */
const areaColumns = ({ key, suffix, of, code }) => [
  {
    name: `code_${suffix}`,
    title: `Code ${of}`,
    type: 'string',
    constraints: { required: true, pattern: code },
    value: (m) => m[key].code,
  },
  {
    name: `nom_${suffix}`,
    title: `Nom ${of}`,
    type: 'string',
    constraints: { required: true },
    value: (m) => m[key].name,
  },
];

/**
 * The columns, in order: each with what a row takes from a member and its
 * title (`value`), and the Table Schema field (everything else).
 */
export const COLUMNS = [
  {
    name: 'code',
    title: 'Code du membre',
    description:
      'Code INSEE de la commune (5 caractères) ou SIREN de l’intercommunalité (9 chiffres) : l’identifiant du membre partout ailleurs (members/<code>.json, badges/<code>.svg).',
    type: 'string',
    constraints: { required: true, pattern: `^(${INSEE}|\\d{9})$` },
    value: (m) => m.code,
  },
  {
    name: 'type_collectivite',
    title: 'Type de collectivité',
    description: '`commune` ou `epci` (établissement public de coopération intercommunale).',
    type: 'string',
    constraints: { required: true, enum: ['commune', 'epci'] },
    value: (m) => m.kind,
  },
  {
    name: 'code_insee_commune',
    title: 'Code INSEE de la commune',
    description: 'Code officiel géographique de la commune ; vide pour une intercommunalité.',
    type: 'string',
    constraints: { pattern: `^${INSEE}$` },
    value: (m) => (m.kind === 'commune' ? m.code : ''),
  },
  {
    name: 'siren',
    title: 'SIREN',
    description: 'Numéro SIREN de la collectivité (commune ou EPCI), base SIRENE.',
    type: 'string',
    constraints: { required: true, pattern: '^\\d{9}$' },
    value: (m) => m.siren,
  },
  {
    name: 'nom',
    title: 'Nom officiel',
    description: 'Nom officiel (Code officiel géographique de l’INSEE, liste des EPCI de la DGCL).',
    type: 'string',
    constraints: { required: true },
    value: (m) => m.name,
  },
  {
    name: 'nom_publie',
    title: 'Nom publié par le programme',
    description:
      'Le nom tel que la page du programme l’écrit, mot pour mot (« Elbeuf » pour Elbeuf-sur-Seine).',
    type: 'string',
    constraints: { required: true },
    value: (m) => m.label,
  },
  ...AREAS.flatMap(areaColumns),
  {
    name: 'programme',
    title: 'Programme',
    description:
      '`ville-amie-des-enfants` ; d’autres parcours de l’UNICEF France ont leur propre identifiant.',
    type: 'string',
    constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    value: (m, t) => t.programme,
  },
  {
    name: 'titre',
    title: 'Titre',
    description:
      '« Ville amie des enfants » pour une commune, « Intercommunalité amie des enfants » pour un EPCI.',
    type: 'string',
    constraints: {
      required: true,
      enum: ['Ville amie des enfants', 'Intercommunalité amie des enfants', "Territoire d'enfance"],
    },
    value: (m, t) => t.title,
  },
  {
    name: 'mandat',
    title: 'Mandat',
    description:
      'Le mandat municipal pour lequel le titre est accordé (six ans), par exemple `2020-2026`.',
    type: 'string',
    constraints: { required: true, pattern: '^\\d{4}-\\d{4}$' },
    value: (m, t) => t.mandate,
  },
  {
    name: 'statut',
    title: 'Statut du titre',
    description:
      '`titled` (titre accordé), `candidate` (candidature en cours), `withdrawn` (titre retiré), comme dans vae.json.',
    type: 'string',
    constraints: { required: true, enum: ['candidate', 'titled', 'withdrawn'] },
    value: (m, t) => t.status,
  },
  {
    name: 'date_debut',
    title: 'Début',
    description: 'Premier jour du titre (AAAA-MM-JJ).',
    type: 'date',
    format: 'default',
    constraints: { required: true },
    value: (m, t) => t.start,
  },
  {
    name: 'date_fin',
    title: 'Fin',
    description: 'Dernier jour du titre (AAAA-MM-JJ) ; vide tant que le mandat court.',
    type: 'date',
    format: 'default',
    value: (m, t) => t.end ?? '',
  },
];

/** The Table Schema descriptor of vae-members.csv. */
export function membersTableSchema() {
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: 'vae-members',
    title: 'Membres du réseau Ville amie des enfants',
    description:
      'Une ligne par membre et par titre : la collectivité (commune ou intercommunalité, codes officiels) et le titre qu’elle détient pour un mandat.',
    countryCode: 'FR',
    fields: COLUMNS.map((column) => {
      const field = { ...column };
      delete field.value; // how a row is made, not part of the schema
      return field;
    }),
    primaryKey: ['code', 'programme', 'mandat'],
    missingValues: [''],
  };
}

/** The CSV's rows as objects keyed by column name: one per member × title, in vae.json's order. */
export function memberRows(dataset) {
  return dataset.members.flatMap((member) =>
    member.titles.map((title) =>
      Object.fromEntries(COLUMNS.map((column) => [column.name, column.value(member, title)])),
    ),
  );
}
