// A node:test reporter that writes each failed test (its name, file and line, and
// the first line of its error) as JSON, so `npm test` can name them in its
// closing lines: CI often shows only the end of a run's output.
import { relative } from 'node:path';

/** What went wrong (the assertion's or the thrown error's message) on one short line. */
function oneLine(error) {
  const cause = error?.cause ?? error;
  return String(cause?.message ?? cause ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ')
    .slice(0, 300);
}

export default async function* failures(source) {
  const failed = [];
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const { name, file, line, details } = event.data;
    // A test that failed only because one of its subtests did is named by that subtest.
    if (details?.error?.failureType === 'subtestsFailed') continue;
    const where = file ? `${relative(process.cwd(), file)}${line ? `:${line}` : ''}` : '(no file)';
    failed.push({ where, name, error: oneLine(details?.error) });
  }
  yield JSON.stringify(failed);
}
