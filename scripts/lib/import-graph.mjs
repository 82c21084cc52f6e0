// The import graph of src/ (static, dynamic and type-only imports of relative
// modules) and the layer rules ARCHITECTURE.md states, for test/scripts/layers.test.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/** Every .ts file under `dir`, as repo-relative paths with `/`. */
function sourceFiles(root, dir = 'src') {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT =
  /(?:\b(import|export)(\s+type)?\b[^'";]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * `Map<file, Set<imported file>>` over src/ (comments stripped first);
 * `{ runtime: true }`: without `import type` (erased, they run nothing).
 */
export function importGraph(root, { runtime = false } = {}) {
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const code = readFileSync(join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const targets = new Set();
    for (const [, , typeOnly, spec] of code.matchAll(IMPORT)) {
      if (runtime && typeOnly) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The layer of a module: its folder under src/ (`index.ts`, `public-api.ts`: `root`). */
export const layerOf = (file) => {
  const parts = file.split('/');
  return parts.length === 2 ? 'root' : parts[1];
};

const ELEMENTS = [
  'city-badge',
  'city-search',
  'partner-list',
  'member-count',
  'news-list',
  'city-map',
];

/** What each layer may import (besides itself), bottom to top. */
export const MAY_IMPORT = {
  data: [],
  i18n: ['data'],
  domain: ['data', 'i18n'],
  core: ['data', 'i18n', 'domain'],
  search: ['data', 'i18n', 'domain', 'core'],
  cms: ['core'],
  ...Object.fromEntries(
    ELEMENTS.map((element) => [
      element,
      ['data', 'i18n', 'domain', 'core', ...(element === 'city-search' ? ['search'] : [])],
    ]),
  ),
  root: ['data', 'i18n', 'domain', 'core', 'search', 'cms', ...ELEMENTS],
};

/** `[from, to]` for every import that goes against MAY_IMPORT (or from an unknown folder). */
export function forbiddenImports(graph) {
  const out = [];
  for (const [from, targets] of graph) {
    const allowed = MAY_IMPORT[layerOf(from)];
    for (const to of targets) {
      if (layerOf(to) === layerOf(from)) continue;
      if (!allowed || !allowed.includes(layerOf(to))) out.push([from, to]);
    }
  }
  return out;
}

/** Every module `entry` loads: `static` follows only static imports (what the entry's bytes hold). */
export function reachable(graph, entry, { dynamic = true, root } = {}) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = root ? readFileSync(join(root, file), 'utf8') : '';
    for (const to of graph.get(file) ?? []) {
      if (!dynamic && root && isOnlyDynamic(code, file, to)) continue;
      visit(to);
    }
  };
  visit(entry);
  return seen;
}

function isOnlyDynamic(code, from, to) {
  const spec = relative(dirname(from), to).replace(/\.ts$/, '.js');
  const asSpec = spec.startsWith('.') ? spec : `./${spec}`;
  const quoted = `['"]${asSpec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`;
  const staticImport = new RegExp(`(from\\s*|import\\s+)${quoted}`);
  return !staticImport.test(code);
}

/** One import cycle (the files in order), or undefined. */
export function findCycle(graph) {
  const state = new Map(); // file → 'open' | 'done'
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of graph.get(file) ?? []) {
      if (!graph.has(to)) continue;
      if (state.get(to) === 'open') return [...stack.slice(stack.indexOf(to)), to];
      if (!state.has(to)) {
        const cycle = visit(to);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    if (!state.has(file)) {
      const cycle = visit(file);
      if (cycle) return cycle;
    }
  }
  return undefined;
}
