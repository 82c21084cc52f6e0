/** What a search index holds, as its matchers read it (built once, never changed). */

/** One searchable name of an entry, folded once at index time. */
export interface Key {
  entry: number;
  nameIndex: number;
  /** The folded name (its map back to the original is recomputed only for shown hits). */
  text: string;
}

export interface IndexData<T> {
  readonly entries: readonly {
    names: string[];
    department: string;
    population: number;
    item: T;
  }[];
  readonly keys: readonly Key[];
  /** The keys' folded texts (what the trigram scan reads). */
  readonly texts: readonly string[];
  /** Every postcode and its entry, flat (a postcode match refers to its index here). */
  readonly postcodes: readonly string[];
  readonly postcodeEntries: readonly number[];
  /** Each entry's department, lower case. */
  readonly departments: readonly string[];
  /** Population, then name order, as one number per entry (larger ranks first). */
  readonly ranks: Float64Array;
}
