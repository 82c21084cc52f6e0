/**
 * What the data route needs to know of one data file. Each file's spec is a
 * small module of its own (src/data/files/), so an element's entry carries
 * only the specs of the files it reads; the schema is behind a dynamic
 * `import()` (a chunk of its own), loaded only when the file is checked.
 */
export interface DataFileSpec<Data> {
  /** Its path in a data folder without `.json` (`members`, `communes/index`); names it in errors. */
  readonly name: string;
  /** Its JSON Schema (only the keywords src/data/validate.ts reads), loaded when needed. */
  readonly schema: () => Promise<object>;
  /**
   * Where it sits beside the code: a literal `new URL('../../../data/…',
   * import.meta.url)` (the asset pattern bundlers follow, see locate.ts).
   * Undefined when it cannot be found there (a member's own file in a bundle).
   */
  readonly besideCode: () => string | undefined;
  /** A full dataset named by `src` stands for this file (the per-element files; not the geometry). */
  readonly inDataset?: boolean;
  /** Checked JSON → what the element reads (default: the JSON itself). May throw on a bad value. */
  readonly decode?: (json: unknown) => Data;
  /** Type-only: what the file holds once loaded. */
  readonly _data?: Data;
}
