// Reads the member list out of the programme page text
// (data/sources/000_a1bb91902d6e3713.txt), keeping the seed wording verbatim:
// the tests check that data/mandates/2020-2026/titled.txt is that list. (The
// page's news items are files of data/news/ since 2026-12.)

const LIST_START = 'Voici la liste des villes du réseau Ville amie des enfants';
const LIST_END = 'En intégrant le réseau Ville amie des enfants';
function section(text, start, end) {
  const a = text.indexOf(start);
  if (a < 0) throw new Error(`Source text: cannot find ${JSON.stringify(start)}`);
  const b = text.indexOf(end, a + start.length);
  if (b < 0)
    throw new Error(
      `Source text: cannot find ${JSON.stringify(end)} after ${JSON.stringify(start)}`,
    );
  return text.slice(a, b).split(/\r?\n/).slice(1);
}

/**
 * The member entries: the text after "• " of every bullet line of the list,
 * verbatim (e.g. "Grand Auch Cœur de Gascogne  (32)"). Fails on any other
 * non-empty line inside the list, so no line is skipped silently.
 */
export function parseMemberLines(text) {
  const out = [];
  for (const raw of section(text, LIST_START, LIST_END)) {
    if (raw.trim() === '') continue;
    const m = /^\s*•\s(.*)$/u.exec(raw);
    if (!m) throw new Error(`Member list: unexpected line ${JSON.stringify(raw)}`);
    out.push(m[1]);
  }
  return out;
}
