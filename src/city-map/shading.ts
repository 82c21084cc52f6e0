import type { MemberSummary } from '../data/model.js';

/**
 * Fixed classes of member counts (not quantiles: a reader compares maps over
 * time and filters). Level 0 is "no member" (unshaded); levels 1–5 follow.
 */
export const CLASS_STARTS = [1, 2, 3, 5, 10] as const;

/** 0 for no member, else 1–5. */
export function levelOf(count: number): number {
  let level = 0;
  CLASS_STARTS.forEach((start, index) => {
    if (count >= start) level = index + 1;
  });
  return level;
}

/** The class ranges: `[from, to]`, `to` undefined for the last (open) class. */
export function classRanges(): Array<[number, number | undefined]> {
  return CLASS_STARTS.map((start, index) => {
    const next = CLASS_STARTS[index + 1];
    return [start, next === undefined ? undefined : next - 1];
  });
}

/** A department's members under the current filters. */
export interface DepartmentMembers {
  code: string;
  name: string;
  members: MemberSummary[];
  level: number;
}

/** Sort key putting departments in number order: 01…19, 2A, 2B, 21…95, 971…976. */
export function departmentOrder(code: string): number {
  if (code === '2A') return 20.1;
  if (code === '2B') return 20.2;
  return Number(code);
}

export function byDepartmentCode(a: { code: string }, b: { code: string }): number {
  return departmentOrder(a.code) - departmentOrder(b.code);
}
