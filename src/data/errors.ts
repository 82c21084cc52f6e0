/** Why a data file could not be used. Each kind has a short message in fr and en (see i18n). */
export type DataErrorKind =
  'network' | 'http' | 'timeout' | 'not-json' | 'schema' | 'version' | 'signature';

const NAME = 'VaeDataError';

/** What went wrong where: the HTTP status, where in the file the shape is wrong, or why its signature was refused. */
export interface DataErrorDetail {
  status?: number;
  path?: string;
  url?: string;
  /** Why a signature was refused: `unsigned`, `unknown-key` or `bad-signature`. */
  reason?: string;
}

/**
 * The one error of the data route (every file: an element's own, the map
 * geometry, the communes pieces): its kind, the file (its name in a data
 * folder, e.g. `members`, `map-departments`, `communes/n-ly`) and its URL.
 * Checked with `isDataError` rather than `instanceof`, because two copies of
 * the library on one page share results.
 */
export class DataError extends Error {
  override readonly name = NAME;
  readonly file?: string;
  readonly url?: string;
  constructor(
    readonly kind: DataErrorKind,
    readonly detail: DataErrorDetail & { file?: string } = {},
  ) {
    super(describe(kind, detail));
    this.file = detail.file;
    this.url = detail.url;
  }
}

function describe(
  kind: DataErrorKind,
  { status, path, file, url, reason }: DataError['detail'],
): string {
  const what = `${file ? `data file ${file}` : 'Data file'}${url ? ` (${url})` : ''}`;
  switch (kind) {
    case 'http':
      return `${what}: HTTP ${status}`;
    case 'schema':
      return `${what} does not match its schema at ${path || '/'}`;
    case 'signature':
      return `${what}: data not authenticated (${reason})`;
    default:
      return `${what}: ${kind}`;
  }
}

export function isDataError(value: unknown): value is DataError {
  return (
    value instanceof Error && value.name === NAME && typeof (value as DataError).kind === 'string'
  );
}
