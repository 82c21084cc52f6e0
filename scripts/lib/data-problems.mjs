// The data build's problems, gathered over every file before anything stops:
// a maintainer fixes a whole list in one pass instead of one line per run.
// A problem names its place (`file:line`, or the file), the line as read, what
// is wrong, up to three nearest official names, and the exact text to write.

/**
 * @typedef {{kind: string, code: string, name: string, department: string}} Nearest
 * @typedef {{where?: string, line?: string, message: string, nearest?: Nearest[], write?: string}} Problem
 * @typedef {{where: string, stripped: string, line: string}} Note  what was stripped from a pasted line
 */

export class DataProblems extends Error {
  /** @param {Problem[]} problems @param {Note[]} [notes] */
  constructor(problems, notes = []) {
    super(problemsReport(problems, notes));
    this.name = 'DataProblems';
    this.problems = problems;
    this.notes = notes;
  }
}

const nearestText = (n) =>
  `${n.name} (${n.kind === 'epci' ? 'EPCI ' : ''}${n.code}, department ${n.department})`;

/** One problem as printed: place and line, then what is wrong, the nearest names, the fix. */
export function problemText(p) {
  const head = [p.where, p.line === undefined ? undefined : JSON.stringify(p.line)]
    .filter(Boolean)
    .join(' ');
  const out = [`${head ? `${head}: ` : ''}${p.message}`];
  if (p.nearest?.length) out.push(`    nearest: ${p.nearest.map(nearestText).join('; ')}`);
  if (p.write) out.push(`    write:   ${p.write}`);
  return out.join('\n');
}

/** Every problem, then what was stripped from pasted lines (kept, but said). */
export function problemsReport(problems, notes = []) {
  const parts = [];
  if (problems.length)
    parts.push(
      `${problems.length} problem(s) in the data sources:`,
      ...problems.map((p, i) => `${i + 1}. ${problemText(p)}`),
    );
  if (notes.length)
    parts.push(
      `Stripped from ${notes.length} pasted line(s) (read as written after the arrow):`,
      ...notes.map((n) => `  ${n.where}: ${n.stripped} → ${JSON.stringify(n.line)}`),
    );
  return parts.join('\n');
}

/**
 * A problem sink: `add` records; `done` throws every recorded problem at once
 * when the caller gave no list of its own (then the caller reports them).
 * @param {Problem[]} [into]
 * @param {new (problems: Problem[]) => Error} [Thrown] the error thrown by `done`
 */
export function collector(into, Thrown = DataProblems) {
  const problems = into ?? [];
  return {
    problems,
    add: (problem) => problems.push(problem),
    done() {
      if (!into && problems.length) throw new Thrown(problems);
    },
  };
}
