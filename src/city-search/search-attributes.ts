export const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 50;

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
