/**
 * The human words of the published JSON Schema (titles and descriptions), by
 * JSON pointer into `datasetSchema`. They are merged in when the build writes
 * `dist/data/vae.schema.json`, and kept out of `schema.ts` so the browser,
 * which only checks constraints, does not download them.
 */
import { datasetSchema } from './schema.js';

type Docs = { title?: string; description?: string };

export const schemaDocs: Record<string, Docs> = {
  '': {
    title: 'Ville amie des enfants dataset',
    description:
      'Members (communes and intercommunalities, resolved against the INSEE COG), partners and news of the Ville amie des enfants network. schemaVersion 1.',
  },
  '/properties/schemaVersion': { description: 'Version of the dataset contract.' },
  '/properties/signature': {
    description:
      'Ed25519 signature of the release (key id, base64 value) over the file\'s exact bytes without this last member; see docs/data.md, "Signing".',
  },
  '/$defs/IsoDate': { description: 'ISO date YYYY-MM-DD.' },
  '/$defs/Department': { title: 'Place (department)' },
  '/$defs/Region': { title: 'Place (region)' },
  '/$defs/CommunePlace': { title: 'Place (commune)' },
  '/$defs/Title': { description: 'A title held for one municipal mandate.' },
  '/$defs/Member/properties/code': { description: 'INSEE code (commune) or SIREN (EPCI).' },
  '/$defs/Member/properties/name': { description: 'Official name (INSEE COG).' },
  '/$defs/TypeLiaison': {
    description:
      "INSEE's TNCC (typeLiaison in @etalab/decoupage-administratif): 0 no article, consonant (de Lyon); 1 no article, vowel or mute h (d'Angers); 2 Le (du Havre); 3 La (de La Rochelle); 4 Les (des Abymes); 5 L' (de L'Haÿ-les-Roses); 6 Aux (des Marais); 7 Las; 8 Los.",
  },
  '/$defs/Article': {
    description:
      "The article a French name written without it takes: le (du Défenseur des droits), la, l', les, or '' for none (d'ATD Quart Monde).",
  },
  '/$defs/Member/properties/typeLiaison': {
    description: "For a commune: how its official name takes 'de' and 'à' (INSEE TNCC).",
  },
  '/$defs/Member/properties/article': {
    description: "For an EPCI: the article its official name takes, from the name's first word.",
  },
  '/$defs/Partner/properties/article': { description: 'The article the French name takes.' },
  '/$defs/Member/properties/label': { description: 'Wording of the source page, verbatim.' },
  '/$defs/Member/properties/communes': { description: 'For an EPCI: its member communes.' },
  '/$defs/Member/properties/parts': {
    description:
      'For a commune: its former communes (communes déléguées, associées) and municipal arrondissements, from the COG; the search finds them by name and answers for the commune.',
  },
  '/$defs/DatasetMeta/properties/buildDate': { description: 'ISO date-time (UTC) of the build.' },
};

/** The schema as published: constraints with their titles and descriptions (throws on a stale pointer). */
export function documentedSchema(): Record<string, unknown> {
  const schema = structuredClone(datasetSchema) as Record<string, unknown>;
  for (const [pointer, docs] of Object.entries(schemaDocs)) {
    let node: unknown = schema;
    for (const part of pointer.split('/').slice(1)) {
      node = (node as Record<string, unknown> | undefined)?.[part];
    }
    if (!node || typeof node !== 'object') throw new Error(`schema docs: no node at ${pointer}`);
    // Title and description first, as a reader of the JSON file expects.
    const documented = { ...docs, ...(node as object) };
    for (const key of Object.keys(node)) delete (node as Record<string, unknown>)[key];
    Object.assign(node, documented);
  }
  return schema;
}
