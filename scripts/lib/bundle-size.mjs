// Bytes an entry costs a visitor: the file and every file it imports
// statically (dynamic imports are loaded on demand and counted apart), each
// compressed on its own as a server would send it.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** `file` and the files it imports statically, transitively (relative imports only). */
export function staticGraph(file) {
  const seen = new Set();
  const visit = (path) => {
    const absolute = resolve(path);
    if (seen.has(absolute)) return;
    if (!existsSync(absolute)) throw new Error(`missing file in import graph: ${path}`);
    seen.add(absolute);
    if (!absolute.endsWith('.js')) return;
    const code = readFileSync(absolute, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) visit(resolve(dirname(absolute), specifier));
    }
  };
  visit(file);
  return [...seen].map((path) => relative(process.cwd(), path));
}

export function compressedSizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Sizes of a set of entries (each with its static graph), summed per file. */
export function measure(entries) {
  const files = [...new Set(entries.flatMap((entry) => staticGraph(entry)))];
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const sizes = compressedSizes(readFileSync(file));
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return { files, ...total };
}

/** Checks one budget `{name, entries, gzipLimit}`; `ok` is false when over. */
export function checkBudget(budget) {
  const sizes = measure(budget.entries);
  return { ...budget, ...sizes, ok: sizes.gzip <= budget.gzipLimit };
}
