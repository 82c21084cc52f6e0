// The typed tags shipped in the package (dist/types/, generated from custom-elements.json)
// as each framework's own checker reads them, through the packed package's `exports`:
// tsc for React and Preact JSX, vue-tsc for Vue templates, svelte-check for Svelte.
// In test/frameworks/typings/<framework>/, the "right" file must type-check and the
// "wrong" file must be reported on exactly its lines marked `error:` (a wrong variant,
// a number for `city`, a handler for the wrong event type, …).
// Needs the build (dist/); installs the toolchains like frameworks.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { APPS, installPackedPackage } from '../frameworks/install.mjs';
import { ROOT } from './helpers.mjs';

const work = mkdtempSync(join(tmpdir(), 'vae-typings-test-'));
const TYPINGS = join(APPS, 'typings');
const TSC_ERROR = /^(.+?)\((\d+),\d+\): error TS\d+/gm;
const SVELTE_ERROR = /^\d+ ERROR "(.+?)" (\d+):\d+/gm;

const dir = (framework) => join(TYPINGS, framework);
// The repository's TypeScript (5.x) for JSX; the frameworks' own checkers for templates.
const CHECKERS = {
  react: [join(ROOT, 'node_modules/typescript/bin/tsc'), ['-p', dir('react'), '--pretty', 'false']],
  preact: [
    join(ROOT, 'node_modules/typescript/bin/tsc'),
    ['-p', dir('preact'), '--pretty', 'false'],
  ],
  vue: [join(APPS, 'node_modules/vue-tsc/bin/vue-tsc.js'), ['-p', dir('vue'), '--pretty', 'false']],
  svelte: [
    join(APPS, 'node_modules/svelte-check/bin/svelte-check'),
    ['--workspace', dir('svelte'), '--tsconfig', join(dir('svelte'), 'tsconfig.json')],
    ['--output', 'machine'],
  ],
};

before(async () => {
  const seconds = await installPackedPackage(work);
  console.log(`typings: toolchains and package installed in ${seconds.toFixed(1)} s`);
});
after(() => rmSync(work, { recursive: true, force: true }));

test('every tag of custom-elements.json is typed for every framework', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName),
  );
  assert.ok(tags.length >= 6, tags.join(' '));
  for (const framework of Object.keys(CHECKERS)) {
    const types = readFileSync(join(ROOT, `dist/types/${framework}.d.ts`), 'utf8');
    assert.deepEqual(
      tags.filter((tag) => !types.includes(`'${tag}': `)),
      [],
      framework,
    );
  }
});

for (const [framework, [checker, args, extra = []]] of Object.entries(CHECKERS)) {
  test(`${framework}: right uses type-check, each wrong use is an error`, () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [checker, ...args, ...extra], {
      cwd: dir(framework),
      encoding: 'utf8',
    });
    console.log(
      `typings: ${framework} checked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const output = `${result.stdout}${result.stderr}`;
    const pattern = framework === 'svelte' ? SVELTE_ERROR : TSC_ERROR;
    const reported = [...output.matchAll(pattern)].map(
      ([, file, line]) => `${basename(file)}:${line}`,
    );
    assert.ok(expectedErrors(framework).length >= 5, 'the wrong file marks its errors');
    assert.deepEqual([...new Set(reported)].sort(), expectedErrors(framework), output);
    assert.notEqual(result.status, 0, 'the checker fails on the wrong file');
  });
}

/** `file:line` of every line marked `error:` in the framework's wrong file. */
function expectedErrors(framework) {
  const wrong = readdirSync(dir(framework)).find((file) => /^wrong\./i.test(file));
  return readFileSync(join(dir(framework), wrong), 'utf8')
    .split('\n')
    .flatMap((line, index) => (/(\/\/|<!--) error:/.test(line) ? [`${wrong}:${index + 1}`] : []))
    .sort();
}
