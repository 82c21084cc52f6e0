// `node bench/tools/weigh.mjs [--sources] [file.js …]`: each element entry's
// gzip bytes with its static imports (the budgets' measure), and with
// --sources, each chunk's bytes by source file read from its source map
// (raw characters of minified output and gzip of that slice alone), to see
// what a chunk is made of before cutting it.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';
import { measure } from '../../scripts/lib/bundle-size.mjs';

const args = process.argv.slice(2);
const sources = args.includes('--sources');
const files = args.filter((arg) => !arg.startsWith('--'));
const entries = files.length
  ? files
  : [
      ...readdirSync('dist/elements')
        .filter((name) => name.endsWith('.js'))
        .sort()
        .map((name) => `dist/elements/${name}`),
      'dist/vae-widgets.js',
    ];

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

for (const entry of entries) {
  const { gzip, files: graph } = measure([entry]);
  console.log(`${entry}\t${gzip}\t(${graph.length} files)`);
  if (!sources) continue;
  for (const file of graph.filter((path) => path.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const lines = code.split('\n');
    const offset = (line, column) =>
      lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column;
    const slices = new Map();
    await SourceMapConsumer.with(map, null, (consumer) => {
      const mappings = [];
      consumer.eachMapping((m) => mappings.push(m));
      mappings.forEach((m, index) => {
        const next = mappings[index + 1];
        const start = offset(m.generatedLine, m.generatedColumn);
        const end = next ? offset(next.generatedLine, next.generatedColumn) : code.length;
        const source = (m.source ?? '?').replace(/^.*node_modules\//, '').replace(/^.*lib\//, '');
        slices.set(source, (slices.get(source) ?? '') + code.slice(start, end));
      });
    });
    console.log(`  ${file} gzip ${gz(code)}`);
    const rows = [...slices].map(([source, text]) => [source, text.length, gz(text)]);
    for (const [source, raw, gzip] of rows.sort((a, b) => b[2] - a[2]))
      console.log(`    ${String(gzip).padStart(6)} ${String(raw).padStart(7)}  ${source}`);
  }
}
