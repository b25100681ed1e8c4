import type { Violation } from '../../api/problem';

/** Messages per JSON path of the review form (`attributes[0].groups[2].fp`). */
export type PathErrors = Record<string, string[]>;

/** The id of the input of a JSON path: `attributes[0].groups[2].fp` → `br-attributes-0-groups-2-fp`. */
export function fieldId(path: string): string {
  return `br-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/**
 * Where the server's violations go: a whole group row (`attributes[0].groups[2]`, e.g. no
 * observation) on its name, a reviewer (`reviewers[1]`) on the reviewers' field with its item
 * number; paths the form does not show (unknown system, the review to replace) head the summary.
 */
export function placeViolations(
  violations: readonly Violation[],
  shown: ReadonlySet<string>,
  itemPrefix: (n: number) => string,
): { byPath: PathErrors; general: string[] } {
  const byPath: PathErrors = {};
  const general: string[] = [];
  for (const v of violations) {
    let path = v.field ?? '';
    let message = v.message ?? '';
    const reviewer = /^reviewers\[(\d+)\]$/.exec(path);
    if (reviewer) {
      path = 'reviewers';
      message = `${itemPrefix(Number(reviewer[1]) + 1)}${message}`;
    } else if (/^attributes\[\d+\]\.groups\[\d+\]$/.test(path)) {
      path = `${path}.name`;
    }
    if (shown.has(path)) (byPath[path] ??= []).push(message);
    else general.push(message);
  }
  return { byPath, general };
}
