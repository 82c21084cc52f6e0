// Bundles built from the compiled ESM in dist/lib (run `npm run build:lib` first):
//  - dist/vae-widgets.js: every element, self-contained (one file, one SRI hash);
//  - dist/elements/<tag>.js: one element each, sharing chunks (lit once), so a
//    badge-only page never downloads fuse.js or the map.
import { readdirSync, existsSync } from 'node:fs';
import { posix } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/code/minify-templates.mjs';
import { perElementCopies, withoutCopyTag } from './scripts/code/per-element-copies.mjs';

/** Every element's define file: src/<name>/<name>.define.ts registers `vae-<name>`. */
export function elementEntries() {
  const entries = {};
  for (const name of readdirSync('dist/lib', { withFileTypes: true })) {
    const file = `dist/lib/${name.name}/${name.name}.define.js`;
    if (name.isDirectory() && existsSync(file)) entries[`vae-${name.name}`] = file;
  }
  return entries;
}

// Modules find the data files beside the code with paths relative to
// themselves (`new URL('../../data/…', import.meta.url)` from dist/lib/<dir>/,
// see src/data/locate.ts). Bundled, each module keeps its own URL: its
// `import.meta.url` becomes where its dist/lib file is, seen from the bundle,
// so the same paths hold for every bundle.
const LIB = `${process.cwd()}/dist/`.replaceAll('\\', '/');
function moduleUrlPlugin() {
  return {
    name: 'vae-module-url',
    resolveImportMeta(property, { chunkId, moduleId }) {
      const id = withoutCopyTag(moduleId).replaceAll('\\', '/');
      if (property !== 'url' || !id.startsWith(`${LIB}lib/`)) return null;
      const relative = posix.relative(posix.dirname(chunkId), id.slice(LIB.length));
      return `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
    },
  };
}

// Chunk layout of the per-element bundles. The shared chunk holds what every
// element uses and nothing else: lit, @lit/task, the base element and its
// controller, the data route (locate, load, errors, the signature check) and i18n.
// The rest of what an element imports at once is copied into its own file
// (scripts/code/per-element-copies.mjs); the validator and each file's schema
// are chunks of their own, loaded only when a file is checked (src/data/load.ts).
const SHARED_MODULE = new RegExp(
  [
    '/node_modules/(lit|lit-html|lit-element|@lit|tslib)/',
    '/dist/lib/core/(vae-data-element|data-controller|events|tokens|define|version)\\.js$',
    '/dist/lib/data/(load|locate|fetch-once|errors|model|signature|base64|trusted-keys|files/dataset-file)\\.js$',
    '/dist/lib/i18n/',
  ].join('|'),
);
const isShared = (id) =>
  // The grammar of names: only the elements that write "de <name>" load it (not the badge).
  !id.includes('/i18n/french-grammar.js') && SHARED_MODULE.test(id.replaceAll('\\', '/'));
const chunkOf = (id) => (isShared(id) ? 'shared' : undefined);

const plugins = (...first) => [
  ...first,
  minifyTemplates(),
  nodeResolve(),
  moduleUrlPlugin(),
  terser({ format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } }),
];

const onwarn = (warning, warn) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return; // lit's compiled decorators
  warn(warning);
};

export default [
  {
    input: 'dist/lib/index.js',
    output: {
      file: 'dist/vae-widgets.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: plugins(),
    onwarn,
  },
  ...(Object.keys(elementEntries()).length
    ? [
        {
          input: elementEntries(),
          // Lazy chunks may import from an entry directly (no facade file for the search).
          preserveEntrySignatures: 'allow-extension',
          output: {
            dir: 'dist',
            format: 'es',
            sourcemap: true,
            entryFileNames: 'elements/[name].js',
            // The chunk every element shares (lit and the data layer) gets a name that says so.
            chunkFileNames: (chunk) =>
              chunk.moduleIds.some((id) => id.includes('/node_modules/lit-html/'))
                ? 'elements/chunks/shared-[hash].js'
                : 'elements/chunks/[name]-[hash].js',
            manualChunks: chunkOf,
            // A module copied into an element's file is still one source file.
            sourcemapPathTransform: withoutCopyTag,
          },
          plugins: plugins(
            perElementCopies({
              lib: `${LIB}lib/`,
              elements: Object.keys(elementEntries()).map((tag) => tag.slice('vae-'.length)),
              isShared,
            }),
          ),
          onwarn,
        },
      ]
    : []),
];
