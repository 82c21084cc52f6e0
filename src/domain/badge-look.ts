/**
 * The badge's look, once: the mark, the colours per theme, the wording per
 * language (the status words come from `domain/titles.ts`), and the sizes. The `<vae-city-badge>` element
 * and the static SVG build (`scripts/build-badges.mjs`) both draw from here,
 * so the two cannot drift apart. Plain data and functions: no DOM, no lit.
 */
import type { MemberSummary, Title } from '../data/model.js';
import { periodLabel } from './titles.js';
import type { Lang } from '../i18n/lang.js';

export type BadgeVariant = 'full' | 'compact' | 'seal';
export type BadgeTheme = 'light' | 'dark' | 'auto';

/** Colours of one theme. Every text colour meets 4.5:1 on `surface`. */
export interface Palette {
  surface: string;
  ink: string;
  muted: string;
  accent: string;
  border: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    surface: '#ffffff',
    ink: '#1a1a1a',
    muted: '#4d4d4d',
    accent: '#005a8c',
    border: '#005a8c',
  },
  dark: {
    surface: '#13222d',
    ink: '#f4f6f8',
    muted: '#c9d4dc',
    accent: '#8ccdf2',
    border: '#8ccdf2',
  },
};

/**
 * The mark: our own neutral drawing (a house sheltering a child), on a 48×48
 * grid. `accent` shapes take the accent colour, `surface` shapes the surface.
 */
export const MARK = {
  viewBox: '0 0 48 48',
  shapes: [
    { fill: 'accent', d: 'M24 5 3 23h6v20h30V23h6Z' },
    { fill: 'surface', d: 'M24 17a5 5 0 1 1 0 10 5 5 0 1 1 0-10Zm-9 24c0-6 4-11 9-11s9 5 9 11Z' },
  ],
} as const satisfies {
  viewBox: string;
  shapes: readonly { fill: keyof Palette; d: string }[];
};

/**
 * Reserved box per variant, in `em` (so it grows with text resizing): the host
 * keeps this size from the first paint, so the badge causes no layout shift
 * when the data arrives. Sized for the dataset's longest name (39 characters,
 * "CC Loudéac Communauté - Bretagne Centre", with the intercommunality title):
 * two name lines in `full`, two lines in all in `compact` (tested).
 */
export const METRICS: Record<BadgeVariant, { inline: number; block: number; mark: number }> = {
  full: { inline: 22, block: 8.25, mark: 3.5 },
  compact: { inline: 32, block: 3.25, mark: 1.5 },
  seal: { inline: 11, block: 11, mark: 3 },
};

/** Which of a member's standings a badge shows (see `titles.ts`). */
export type BadgeKind = 'current' | 'ended' | 'candidate';

/** The words on a badge, piece by piece. Visible pieces plus screen-reader-only glue. */
export interface BadgeWording {
  lang: Lang;
  kind: BadgeKind;
  /** The official French title, shown as is in both languages; for a candidate, the candidacy. */
  title: string;
  /** Read after the title (English: its translation), never shown. */
  titleNote: string;
  name: string;
  /** `Rhône (69)`: homonyms exist, the department is always shown. */
  place: string;
  /** `(69)`: the department code alone, for the one-line compact badge. */
  placeShort: string;
  /** The mandate line of the full badge: `Mandat 2020–2026 (en cours)` or `Titre du mandat 2020–2026 (terminé)`. */
  period: string;
  /** The short mandate line of the compact and seal badges: `2020–2026` or `2020–2026, terminé`. */
  periodShort: string;
  ended: boolean;
}

const TITLE_EN: Record<string, string> = {
  'Ville amie des enfants': 'Child Friendly City',
  // The programme's English for both titles (as the counter and the search say).
  'Intercommunalité amie des enfants': 'Child Friendly Community',
};

/**
 * The badge's period lines per kind (full, short), documented in docs/data.md
 * "What readers see". Which kind applies is `standingOn`'s (domain/titles.ts).
 */
const LINES = {
  fr: {
    current: ['Mandat {period} (en cours)', '{period}'],
    ended: ['Titre du mandat {period} (terminé)', '{period}, terminé'],
    candidate: ['Pour le mandat {period} (titre pas encore attribué)', 'candidate {period}'],
  },
  en: {
    current: ['{period} mandate (current)', '{period}'],
    ended: ['Title for the {period} mandate (ended)', '{period}, ended'],
    candidate: ['For the {period} mandate (title not yet awarded)', 'candidate {period}'],
  },
} as const;

const CANDIDATE_TITLE = {
  fr: 'Candidate au titre « {title} »',
  en: 'Candidate for the “{title}” title',
} as const;

export const NEW_TAB: Record<Lang, string> = {
  fr: '(s’ouvre dans un nouvel onglet)',
  en: '(opens in a new tab)',
};

/** The wording of a member's badge for one title, language and kind (from `standingOn`). */
export function badgeWording(
  member: MemberSummary,
  title: Title,
  lang: Lang,
  kind: BadgeKind,
): BadgeWording {
  const candidate = kind === 'candidate';
  return {
    lang,
    kind,
    title: candidate ? CANDIDATE_TITLE[lang].replace('{title}', title.title) : title.title,
    titleNote:
      lang === 'en' && !candidate ? ` (${TITLE_EN[title.title] ?? title.title} title)` : '',
    name: member.name,
    place: `${member.department.name} (${member.department.code})`,
    placeShort: `(${member.department.code})`,
    period: LINES[lang][kind][0].replace('{period}', periodLabel(title)),
    periodShort: LINES[lang][kind][1].replace('{period}', periodLabel(title)),
    ended: kind === 'ended',
  };
}

/** The whole badge in one sentence: the link's accessible name and the SVG's `<title>`. */
export function accessibleName(wording: BadgeWording): string {
  return `${wording.title}${wording.titleNote}, ${wording.name}, ${wording.place}, ${wording.period}`;
}
