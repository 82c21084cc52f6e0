// What changed between two built datasets (the last released one and a new
// build): members added, removed, renamed, moved to another department, and
// titles whose status changed, per mandate. Used by `npm run data:diff` and by
// the release gate of `npm run build:data`. Pure: no file is read here.

const brief = (m) => ({ id: m.id, name: m.name, department: m.department.code });

/**
 * Status of a member's title for a mandate, or null when it has none. A title
 * without a status comes from a dataset built before statuses existed, when
 * every listed member was titled.
 */
const statusFor = (member, mandate) => {
  const title = member?.titles.find((t) => t.mandate === mandate);
  return title ? (title.status ?? 'titled') : null;
};

/**
 * @param {object} before the released dataset
 * @param {object} after the new build
 */
export function diffDatasets(before, after) {
  const old = new Map(before.members.map((m) => [m.id, m]));
  const now = new Map(after.members.map((m) => [m.id, m]));
  const added = after.members.filter((m) => !old.has(m.id)).map(brief);
  const removed = before.members.filter((m) => !now.has(m.id)).map(brief);
  const renamed = [];
  const moved = [];
  for (const m of after.members) {
    const o = old.get(m.id);
    if (!o) continue;
    if (o.name !== m.name) renamed.push({ ...brief(m), from: o.name, to: m.name });
    if (o.department.code !== m.department.code)
      moved.push({ ...brief(m), from: o.department.code, to: m.department.code });
  }
  const mandateIds = [
    ...new Set([...before.meta.mandates, ...after.meta.mandates].map((m) => m.id)),
  ].sort();
  const mandates = mandateIds.map((id) => {
    const changes = [];
    for (const m of [...after.members, ...before.members.filter((b) => !now.has(b.id))]) {
      const from = statusFor(old.get(m.id), id);
      const to = statusFor(now.get(m.id), id);
      if (from !== to) changes.push({ ...brief(m), from, to });
    }
    const count = (members) => members.filter((m) => statusFor(m, id) !== null).length;
    const releasedCount = count(before.members);
    const dropped = before.members.filter(
      (m) => statusFor(m, id) !== null && statusFor(now.get(m.id), id) === null,
    ).length;
    return { id, released: releasedCount, current: count(after.members), dropped, changes };
  });
  return { members: { added, removed, renamed, moved }, mandates };
}

/** True when nothing differs. */
export function isEmptyDiff(diff) {
  const { added, removed, renamed, moved } = diff.members;
  return (
    added.length + removed.length + renamed.length + moved.length === 0 &&
    diff.mandates.every((m) => m.changes.length === 0)
  );
}

/** The diff's words, in English and in French (the programme officer's language). */
const WORDS = {
  en: {
    none: 'none',
    added: 'Members added',
    removed: 'Members removed',
    renamed: 'Members renamed',
    moved: 'Members moved to another department',
    mandate: (m) =>
      `Mandate ${m.id}: ${m.released} members in the released data, ${m.current} now (${m.dropped} dropped)`,
    changes: '  Titles that changed status',
    status: {
      null: 'not listed',
      titled: 'titled',
      candidate: 'candidate',
      withdrawn: 'withdrawn',
    },
  },
  fr: {
    none: 'aucun',
    added: 'Membres ajoutés',
    removed: 'Membres retirés',
    renamed: 'Membres renommés',
    moved: 'Membres passés dans un autre département',
    mandate: (m) =>
      `Mandat ${m.id} : ${m.released} membres dans les données publiées, ${m.current} maintenant (${m.dropped} en moins)`,
    changes: '  Titres dont le statut change',
    status: {
      null: 'absent des listes',
      titled: 'titré',
      candidate: 'candidat',
      withdrawn: 'retiré',
    },
  },
};
const who = (m) => `${m.name} (${m.department}) [${m.id}]`;

/** The diff in plain words, for a maintainer who does not read code (`lang`: en or fr). */
export function diffText(diff, lang = 'en') {
  const w = WORDS[lang];
  const colon = lang === 'fr' ? ' :' : ':';
  const lines = [];
  const section = (title, items, line) => {
    lines.push(`${title}${colon} ${items.length === 0 ? w.none : items.length}`);
    for (const item of items) lines.push(`  - ${line(item)}`);
  };
  section(w.added, diff.members.added, who);
  section(w.removed, diff.members.removed, who);
  section(w.renamed, diff.members.renamed, (m) => `${m.from} → ${m.to} [${m.id}]`);
  section(w.moved, diff.members.moved, (m) => `${m.name}${colon} ${m.from} → ${m.to} [${m.id}]`);
  for (const m of diff.mandates) {
    lines.push('');
    lines.push(w.mandate(m));
    section(
      w.changes,
      m.changes,
      (c) => `${who(c)}${colon} ${w.status[c.from]} → ${w.status[c.to]}`,
    );
  }
  return lines.join('\n');
}

/** The share of a mandate's released members a build may drop without `--allow-drop`. */
export const DROP_LIMIT = 0.05;

/** The mandates that lose more than DROP_LIMIT of their released members, with a reason each. */
export function excessiveDrops(diff) {
  return diff.mandates
    .filter((m) => m.released > 0 && m.dropped / m.released > DROP_LIMIT)
    .map(
      (m) =>
        `mandate ${m.id} drops ${m.dropped} of its ${m.released} released members ` +
        `(${((100 * m.dropped) / m.released).toFixed(1)} %, over the ${DROP_LIMIT * 100} % limit)`,
    );
}
