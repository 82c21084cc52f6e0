/** Why a dataset could not be used. Each kind has a short message in fr and en (see i18n). */
export type DataErrorKind =
  'network' | 'http' | 'timeout' | 'not-json' | 'schema' | 'version' | 'signature';

const NAME = 'VaeDataError';

/**
 * A typed data-layer failure. Checked with `isDataError` rather than
 * `instanceof`, because two copies of the library on one page share results.
 */
export class DataError extends Error {
  override readonly name = NAME;
  constructor(
    readonly kind: DataErrorKind,
    readonly detail: { status?: number; path?: string; url?: string; reason?: string } = {},
  ) {
    super(describe(kind, detail));
  }
}

function describe(kind: DataErrorKind, detail: DataError['detail']): string {
  switch (kind) {
    case 'http':
      return `Dataset request failed with HTTP ${detail.status}`;
    case 'schema':
      return `Dataset does not match the schema at ${detail.path || '/'}`;
    case 'signature':
      return `Data not authenticated (${detail.reason}): ${detail.url}`;
    default:
      return `Dataset error: ${kind}`;
  }
}

export function isDataError(value: unknown): value is DataError {
  return (
    value instanceof Error && value.name === NAME && typeof (value as DataError).kind === 'string'
  );
}
