// Writes vae-members.csv (one row per member × title, UTF-8, RFC 4180 with a
// header row) and its Table Schema, from the built vae.json. csv-stringify
// quotes what needs quoting; no CSV is made by hand here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import {
  COLUMNS,
  CSV_FILE,
  CSV_SCHEMA_FILE,
  memberRows,
  membersTableSchema,
} from './table-schema.mjs';

/** The CSV text of a dataset. */
function membersCsv(dataset) {
  return stringify(memberRows(dataset), {
    header: true,
    columns: COLUMNS.map((column) => column.name),
    record_delimiter: 'windows', // RFC 4180, what spreadsheets expect
  });
}

/** Writes the CSV and its schema into `dir`; returns the number of rows. */
export function writeMembersCsv(dataset, dir) {
  writeFileSync(join(dir, CSV_FILE), membersCsv(dataset));
  writeFileSync(join(dir, CSV_SCHEMA_FILE), `${JSON.stringify(membersTableSchema(), null, 2)}\n`);
  return memberRows(dataset).length;
}
