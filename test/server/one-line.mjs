// A failed test's error message on one short line, for the closing lines of `npm test`
// (CI often shows only a log's tail): its non-empty lines joined, cut at 300 characters.
export const oneLine = (message) =>
  String(message ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ')
    .slice(0, 300);
