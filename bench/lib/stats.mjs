// Tiny statistics and formatting helpers for the benchmark report.

/** The q-quantile (0..1) of numbers, nearest-rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);

/** `{median, p95, runs}` of a list of timings. */
export function summary(values) {
  return { median: median(values), p95: p95(values), runs: values.length };
}

export const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '–');
export const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} KB` : '–');
export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(1)} MB` : '–');
export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** A markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
