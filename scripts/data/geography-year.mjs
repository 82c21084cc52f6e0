#!/usr/bin/env node
// `npm run data:geography`: after updating @etalab/decoupage-administratif, and
// before anything is released, every member commune of the last release whose
// commune merged, split, was renamed or changed code between the previous
// geography and the new one, with its successor. Each is then decided in the
// mandate's lists or corrections (docs/publier-les-donnees.md).
// Usage: npm run data:geography -- --previous DIR [--current DIR] [--released FILE]
//   DIR holds a year's communes.json (the package's data/ folder of that year);
//   --current defaults to the installed package, --released to data/released/vae.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    previous: { type: 'string' },
    current: { type: 'string' },
    released: { type: 'string', default: join(ROOT, 'data/released/vae.json') },
  },
});
if (!values.previous) {
  console.error(
    'data:geography: name the previous year: --previous DIR (a folder with its communes.json)',
  );
  process.exit(1);
}
const readCommunes = (dir) =>
  JSON.parse(
    readFileSync(
      dir
        ? join(dir, 'communes.json')
        : require.resolve('@etalab/decoupage-administratif/data/communes.json'),
      'utf8',
    ),
  );

/**
 * The changes of a year for each member commune: merged, split, renamed, new code.
 * @returns {{member: object, change: string, successor: string}[]}
 */
export function geographyChanges(members, previous, current) {
  const actual = (list) =>
    new Map(list.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
  const before = actual(previous);
  const after = actual(current);
  const formerAfter = new Map(
    current.filter((c) => c.type !== 'commune-actuelle' && c.chefLieu).map((c) => [c.code, c]),
  );
  const out = [];
  for (const member of members.filter((m) => m.kind === 'commune' && before.has(m.code))) {
    const was = before.get(member.code);
    const now = after.get(member.code);
    const former = formerAfter.get(member.code);
    const successor = (code) => `${after.get(code)?.nom ?? '?'} (${code})`;
    if (former && !now)
      out.push({ member, change: 'merged', successor: successor(former.chefLieu) });
    else if (!now) {
      const sameName = [...after.values()].find(
        (c) => c.nom === was.nom && c.departement === was.departement && !before.has(c.code),
      );
      out.push(
        sameName
          ? { member, change: 'changed code', successor: successor(sameName.code) }
          : { member, change: 'gone (no successor in the new geography)', successor: '—' },
      );
    } else if (now.nom !== was.nom) {
      out.push({
        member,
        change: former ? 'merged, keeping its code' : 'renamed',
        successor: successor(now.code),
      });
    }
    // A split: a former part of the member is a commune again.
    for (const part of previous.filter((c) => c.chefLieu === member.code && c.code !== member.code))
      if (after.has(part.code))
        out.push({
          member,
          change: `split: ${part.nom} (${part.code}) is a commune again`,
          successor: successor(member.code),
        });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const released = JSON.parse(readFileSync(values.released, 'utf8'));
  const changes = geographyChanges(
    released.members,
    readCommunes(values.previous),
    readCommunes(values.current),
  );
  if (changes.length === 0) {
    console.log('data:geography: no member commune merged, split, was renamed or changed code.');
  } else {
    process.exitCode = 1; // a gate: nothing is released before each is decided
    console.log(`data:geography: ${changes.length} member(s) to decide on before a release:`);
    for (const { member, change, successor } of changes)
      console.log(
        `  ${member.name} (${member.department.code}) [${member.id}]: ${change} → ${successor}`,
      );
    console.log(
      "Decide each in the mandate's lists or corrections.json, then run npm run check:data.",
    );
  }
}
