// A node:test reporter that writes each failed test (its name, file and line, and
// its error on one line) as JSON, so `npm test` can name them in its
// closing lines: CI often shows only the end of a run's output.
import { relative } from 'node:path';
import { oneLine } from './one-line.mjs';

export default async function* failures(source) {
  const failed = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const { name, file, line, details } = event.data;
    // A test that failed only because one of its subtests did is named by that subtest.
    if (details?.error?.failureType === 'subtestsFailed') continue;
    const where = file ? `${relative(process.cwd(), file)}${line ? `:${line}` : ''}` : '(no file)';
    // An assertion's or a thrown error's message: node wraps it in `cause`.
    const error = details?.error?.cause ?? details?.error;
    failed.push({ where, name, error: oneLine(error?.message ?? error) });
  }
  yield JSON.stringify(failed);
}
