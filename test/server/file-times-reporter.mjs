// A node:test reporter that writes how long each test file's tests took (the sum
// of its top-level tests), as JSON, so `npm test` can name the slowest files.
export default async function* fileTimes(source) {
  const seconds = {};
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0) {
      const file = event.data.file ?? '(unknown file)';
      seconds[file] = (seconds[file] ?? 0) + (event.data.details?.duration_ms ?? 0) / 1000;
    }
  }
  yield JSON.stringify(seconds);
}
