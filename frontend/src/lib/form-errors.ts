import type { Violation } from '../api/problem';

export interface FormErrors {
  /** Messages per form field, in the order the server gave them. */
  byField: Record<string, string[]>;
  /** Messages that belong to no field of the form. */
  general: string[];
}

export const NO_ERRORS: FormErrors = { byField: {}, general: [] };

const SEGMENT = /^([^[\]]+)((?:\[\d+\])*)$/;

/**
 * Where a violation belongs. The server names the JSON path (`name`, `tags[2]`,
 * `tags.<list element>[2]`, `contact.email`); a method prefix such as `create.arg0.` is
 * tolerated. The first segment that
 * is a field of the form wins; an index becomes a prefix of the message ("item 3: …").
 */
export function locateViolation(
  path: string,
  fields: ReadonlySet<string>,
): { field: string; index?: number } | undefined {
  const segments = path.split('.');
  for (let i = 0; i < segments.length; i++) {
    const match = SEGMENT.exec(segments[i]!);
    if (!match || !fields.has(match[1]!)) continue;
    // the index follows the field (`tags[2]`) or a container segment (`tags.<list element>[2]`)
    const index = /\[(\d+)\]/.exec(match[2] || segments.slice(i + 1).join('.'));
    return index ? { field: match[1]!, index: Number(index[1]) } : { field: match[1]! };
  }
  return undefined;
}

export function violationsToErrors(
  violations: readonly Violation[],
  fields: ReadonlySet<string>,
  itemPrefix: (n: number) => string,
): FormErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const v of violations) {
    const place = locateViolation(v.field, fields);
    if (!place) {
      general.push(v.field ? `${v.field} – ${v.message}` : v.message);
      continue;
    }
    const text = place.index === undefined ? v.message : `${itemPrefix(place.index + 1)}${v.message}`;
    (byField[place.field] ??= []).push(text);
  }
  return { byField, general };
}

export function fieldError(errors: FormErrors, field: string): string | undefined {
  const messages = errors.byField[field];
  return messages && messages.length > 0 ? messages.join(' ; ') : undefined;
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.general.length > 0 || Object.keys(errors.byField).length > 0;
}

/** The same errors without those of one field (its input changed since they were reported). */
export function withoutField(errors: FormErrors, field: string): FormErrors {
  if (!(field in errors.byField)) return errors;
  const byField = { ...errors.byField };
  delete byField[field];
  return { ...errors, byField };
}
