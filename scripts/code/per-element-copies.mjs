// The per-element bundles give each element one file of its own code: every
// module an element imports statically that is not in the shared chunk is
// copied into that element's file, instead of becoming a small chunk of its
// own (the title rules, the safe-URL check, a file's spec, the member filter).
// A small chunk costs a request and its own gzip stream: each file compresses
// alone, so the same 0.5 KB module weighs more as a file of its own than
// inside its element's file (and its import needs a preload line in the
// snippet). A page with several elements pays for these copies once per
// element; a page with one (the common case: a city's badge) saves them.
//
// Rollup places a module in one chunk only, so each element gets its own copy
// under its own id (`<file>?element=<name>`). Dynamic imports (the lazy schema
// and validator chunks) stay single shared chunks; modules whose identity
// matters across elements (an event class a host may test with instanceof)
// stay single modules too.
import { readFileSync } from 'node:fs';

const TAG = '?element=';
/** Marks this plugin's own look-ups (resolved by the other plugins, never copied twice). */
const INNER = 'vae-per-element-copies';

/** Modules kept as one module for every element (their identity is part of the API). */
const SINGLE = [/\/dist\/lib\/core\/select-event\.js$/];

/** The path of a module id without its copy tag. */
export const withoutCopyTag = (id) => id.split(TAG)[0];

/**
 * @param {object} options
 * @param {string} options.lib the absolute dist/lib/ folder (with a trailing slash)
 * @param {string[]} options.elements the elements' folder names in dist/lib (`city-badge`…)
 * @param {(id: string) => boolean} options.isShared whether a module goes to the shared chunk
 */
export function perElementCopies({ lib, elements, isShared }) {
  const ownerOf = (importer) => {
    if (importer.includes(TAG)) return importer.split(TAG)[1];
    const path = importer.replaceAll('\\', '/');
    if (!path.startsWith(lib)) return undefined;
    const folder = path.slice(lib.length).split('/')[0];
    return elements.includes(folder) ? folder : undefined;
  };
  /** The id an import of `source` from `importer` resolves to: a copy of the importer's element, or the module itself. */
  async function copyFor(context, source, importer, options, keepOne) {
    const resolved = await context.resolve(source, withoutCopyTag(importer), {
      ...options,
      custom: { ...options.custom, [INNER]: true },
    });
    const owner = ownerOf(importer);
    if (!owner || !resolved || resolved.external) return resolved;
    const id = resolved.id.replaceAll('\\', '/');
    if (!id.startsWith(lib) || isShared(id) || keepOne(id)) return resolved;
    return `${resolved.id}${TAG}${owner}`;
  }
  return {
    name: 'vae-per-element-copies',
    resolveId(source, importer, options) {
      if (!importer || options.isEntry || options.custom?.[INNER]) return null;
      return copyFor(this, source, importer, options, (id) =>
        SINGLE.some((single) => single.test(id)),
      );
    },
    // The data layer's lazy chunks (schemas, validator, long messages, Ed25519) are one
    // chunk for every element; an element's own lazy code (the search's) is its own.
    resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      return copyFor(this, specifier, importer, {}, (id) => id.startsWith(`${lib}data/`));
    },
    load(id) {
      return id.includes(TAG) ? readFileSync(withoutCopyTag(id), 'utf8') : null;
    },
  };
}
