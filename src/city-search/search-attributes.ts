export const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 50;
// No French commune name is longer than 45 characters: a longer query is a
// paste gone wrong. Capped, it costs the search nothing and the live region
// never reads it back whole.
export const MAX_QUERY = 100;

/** The `limit` attribute as a whole number of options: 1–50, else the default 8. */
export function clampLimit(value: unknown): number {
  const limit = Math.floor(Number(value));
  return Number.isFinite(limit) && limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
}

/** The `department` attribute as codes (space-, comma- or semicolon-separated), or none. */
export function parseDepartments(value: string | undefined): string[] | undefined {
  const codes = value?.split(/[\s,;]+/).filter(Boolean);
  return codes?.length ? codes : undefined;
}
