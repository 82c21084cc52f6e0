// Issue 23: the tag list exists once (src/core/registry.ts). Everything that
// lists the elements derives from it or is checked here against it: the
// script tag's entry, each define file, the element folders the bundles are
// built from, the package exports, the manifest and the WordPress blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { ROOT, readRepoJson, readRepoText } from './helpers.mjs';

const { ELEMENTS } = await importTs('src/core/registry.ts');
const { VERSION } = await importTs('src/core/version.ts');
const names = ELEMENTS.map((e) => e.name);

test('the code says the version package.json says', () => {
  assert.equal(VERSION, readRepoJson('package.json').version);
});

test("index.ts defines and exports exactly the registry's elements, in its order", () => {
  const index = readRepoText('src/index.ts');
  const defines = [...index.matchAll(/^import '\.\/([\w-]+)\/([\w-]+)\.define\.js';$/gm)];
  assert.deepEqual(
    defines.map(([, dir, file]) => (dir === file ? dir : `${dir}≠${file}`)),
    names,
  );
  const classes = [...index.matchAll(/^export \{ (Vae\w+) \} from '\.\/([\w-]+)\/\2\.js';$/gm)];
  assert.deepEqual(
    classes.map(([, name, dir]) => [dir, name]),
    ELEMENTS.map((e) => [e.name, e.className]),
  );
});

test('each define file defines its tag with its class through defineElement', () => {
  for (const { name, tag, className } of ELEMENTS) {
    const code = readRepoText(`src/${name}/${name}.define.ts`);
    assert.match(code, new RegExp(`defineElement\\('${tag}', ${className}\\);`), name);
    assert.match(code, new RegExp(`'${tag}': ${className};`), `${name}: HTMLElementTagNameMap`);
    assert.doesNotMatch(code, /customElements\.define\(/, `${name}: only defineElement defines`);
  }
});

test('the element folders (what rollup builds one entry per) are the registry', () => {
  const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'src', d.name, `${d.name}.define.ts`)))
    .map((d) => d.name);
  assert.deepEqual(folders.sort(), [...names].sort());
});

test('package.json exports each element and its class, and no other', () => {
  const exports = readRepoJson('package.json').exports;
  const elementKeys = Object.keys(exports).filter((key) =>
    /^\.\/[a-z]+-[a-z]+(\/class)?$/.test(key),
  );
  assert.deepEqual(
    elementKeys,
    names.flatMap((n) => [`./${n}`, `./${n}/class`]),
  );
  for (const name of names) {
    assert.deepEqual(exports[`./${name}`], {
      types: `./dist/lib/${name}/${name}.define.d.ts`,
      default: `./dist/lib/${name}/${name}.define.js`,
    });
    assert.deepEqual(exports[`./${name}/class`], {
      types: `./dist/lib/${name}/${name}.d.ts`,
      default: `./dist/lib/${name}/${name}.js`,
    });
  }
});

test('the manifest and the WordPress blocks list the same elements', () => {
  const manifest = readRepoJson('custom-elements.json');
  const tags = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName),
  );
  assert.deepEqual(tags.sort(), ELEMENTS.map((e) => e.tag).sort());
  const blocks = readdirSync(join(ROOT, 'wordpress/vae-widgets/blocks'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.deepEqual(blocks.sort(), [...names].sort());
  const php = readRepoText('wordpress/vae-widgets/includes/catalogue.php');
  const listed = [...php.matchAll(/^\t\t'([a-z-]+)'\s+=> 'vae_\w+',$/gm)].map((m) => m[1]);
  assert.deepEqual(listed, names);
});

test('the registry check can fail: an element missing from index.ts is caught', () => {
  const index = readRepoText('src/index.ts').replace(
    "import './city-map/city-map.define.js';\n",
    '',
  );
  const defines = [...index.matchAll(/^import '\.\/([\w-]+)\/[\w-]+\.define\.js';$/gm)];
  assert.notDeepEqual(
    defines.map(([, dir]) => dir),
    names,
  );
});
