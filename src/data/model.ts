/**
 * The shape of the published dataset (`dist/data/vae.json`, schemaVersion 1).
 * The JSON Schema (`dist/data/vae.schema.json`) is generated from `schema.ts`,
 * which mirrors these types; a test keeps the two in step.
 */

/** Version of the dataset contract this library reads. */
export const SCHEMA_VERSION = 1;

/** The article of a partner's or an intercommunality's name (src/i18n/french-grammar.ts uses it). */
export type Article = 'le' | 'la' | "l'" | 'les' | '';

export type MemberKind = 'commune' | 'epci';
export type TitleName =
  'Ville amie des enfants' | 'Intercommunalité amie des enfants' | "Territoire d'enfance";

/**
 * A title's status for its mandate: an official `candidate` (not a title), a
 * `titled` collectivité, or a `withdrawn` title or candidacy.
 */
export type TitleStatus = 'candidate' | 'titled' | 'withdrawn';

/** A code + name pair from the official geography (department, region, commune). */
export interface Place {
  code: string;
  name: string;
}

/**
 * A title (or a candidacy) for one municipal mandate (not a bare member flag).
 * Which one counts on a date is decided by `titles.ts`, nowhere else.
 */
export interface Title {
  title: TitleName;
  /** Programme slug: only `ville-amie-des-enfants` is shown as Ville amie des enfants. */
  programme: string;
  /** Mandate id, e.g. `2020-2026`. */
  mandate: string;
  status: TitleStatus;
  /** ISO dates (YYYY-MM-DD): the mandate's start and end; `end` is null while it runs. */
  start: string;
  end: string | null;
}

export interface Member {
  /** Stable dataset id: `commune-<INSEE>` or `epci-<SIREN>`. */
  id: string;
  kind: MemberKind;
  /** INSEE code (5 chars: `69123`, `2A004`, `97411`) for a commune, SIREN (9 digits) for an EPCI. */
  code: string;
  /** SIREN of the collectivity (9 digits), for communes and EPCI alike. */
  siren: string;
  /** Official name (INSEE COG). */
  name: string;
  /**
   * A commune's INSEE TNCC: how its name takes "de" and "à" ("du Havre"); see
   * src/i18n/french-grammar.ts. Absent in files built before it, and for the
   * few overseas collectivities the COG gives none.
   */
  typeLiaison?: number;
  /** An intercommunality's article ("la" Métropole de Lyon; '' for none). Absent in older files. */
  article?: Article;
  /** The wording of the source page, kept verbatim. */
  label: string;
  department: Place;
  region: Place;
  population: number;
  postcodes: string[];
  /** For an EPCI: its member communes (INSEE code + official name). */
  communes?: Place[];
  /** For a commune: its former communes (déléguées, associées) and municipal arrondissements. */
  parts?: CommunePart[];
  titles: Title[];
}

/** A figure the programme itself announced (apart from the computed counts). */
export interface AnnouncedFigure {
  count: number;
  /** ISO date of the announcement. */
  date: string;
  /** Id of a `meta.sources` document. */
  source: string;
  /** What was counted, in the source's words. */
  note?: string;
}

/** What a part of a commune is: a former commune, or a municipal arrondissement (INSEE COG types). */
export type PartKind = 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';

/** A part of a commune, found by its own name and answered for the commune. */
export interface CommunePart {
  name: string;
  kind: PartKind;
  /** Its own postcodes, when the geography gives them (arrondissements). */
  postcodes?: string[];
}

export interface Mandate {
  id: string;
  programme: string;
  start: string;
  /** Null while the mandate runs. */
  end: string | null;
  /** Members per status for this mandate, computed by the build. */
  counts: { titled: number; candidate: number; withdrawn: number };
  announced?: AnnouncedFigure[];
}

export interface Partner {
  /** Stable slug, e.g. `defenseur-des-droits`. */
  id: string;
  name: { fr: string; en: string };
  /** The article the French name takes ("le" Défenseur des droits; '' for none). Absent in older files. */
  article?: Article;
  category: PartnerCategory;
  description: { fr: string; en: string };
  /** https URL, or absent when the source gives none. */
  website?: string;
}

export type PartnerCategory = 'institution' | 'network-of-local-authorities' | 'association';

export interface NewsItem {
  id: string;
  title: string;
  /** Places named by the item (may be empty). */
  places: string[];
  /** ISO date YYYY-MM-DD. */
  date: string;
  tags: string[];
  summary: string;
}

export interface SourceDocument {
  id: string;
  title: string;
  /** Path of the source text inside the repository's `data/sources/`. */
  file: string;
  url?: string;
}

export interface DatasetMeta {
  programme: { name: string; url: string };
  mandates: Mandate[];
  sources: SourceDocument[];
  geography: { name: string; package: string; version: string; year: number };
  /** The data package's version this file was released in (absent in files built before it). */
  dataVersion?: string;
  /** The network site's address (https, ends in `/`), where each member has a page; absent when unknown. */
  site?: string;
  /** ISO date-time of the build. */
  buildDate: string;
  /** Computed counts; `date` is the day they were computed (the build's day). */
  counts: {
    date: string;
    members: number;
    communes: number;
    epci: number;
    partners: number;
    news: number;
  };
}

export interface Dataset {
  schemaVersion: number;
  meta: DatasetMeta;
  members: Member[];
  partners: Partner[];
  news: NewsItem[];
  /** The release's signature, last in the published file; the data layer parses the file without it. */
  signature?: { key: string; value: string };
}

/** What every data file's `meta` has: which data release it is, and when it was built. */
export interface FileMeta {
  dataVersion?: string;
  buildDate: string;
}

/** A member as the badge, the counter and the map read it (`members.json`). */
export type MemberSummary = Omit<
  Member,
  'label' | 'population' | 'postcodes' | 'communes' | 'parts'
>;

/** `members.json` (and `members/<code>.json`, one member): badge, counter, map. */
export interface MembersFile {
  schemaVersion: number;
  meta: FileMeta & Pick<DatasetMeta, 'programme' | 'mandates' | 'site'>;
  members: MemberSummary[];
}

/** `search.json`: the members with everything the search matches on. */
export interface SearchFile {
  schemaVersion: number;
  meta: FileMeta & Pick<DatasetMeta, 'programme' | 'mandates'>;
  members: Member[];
}

/** `partners.json`. */
export interface PartnersFile {
  schemaVersion: number;
  meta: FileMeta;
  partners: Partner[];
}

/** `news.json`. */
export interface NewsFile {
  schemaVersion: number;
  meta: FileMeta;
  news: NewsItem[];
}
