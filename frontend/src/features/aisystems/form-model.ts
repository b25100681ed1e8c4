import type { AiSystem, AiSystemInput } from '../../api/types';
import { ALL_FIELDS, applies, type FieldName, type FieldSpec, type FormValue, type FormValues } from './field-specs';

function emptyValue(spec: FieldSpec): FormValue {
  switch (spec.kind) {
    case 'bool':
      return false;
    case 'multi':
    case 'establishments':
      return [];
    default:
      return '';
  }
}

export function emptyForm(): FormValues {
  return Object.fromEntries(ALL_FIELDS.map((f) => [f.name, emptyValue(f)])) as FormValues;
}

/** The form's view of a saved AI system. */
export function toFormValues(dto: AiSystem): FormValues {
  const values = emptyForm();
  const source = dto as Record<string, unknown>;
  for (const spec of ALL_FIELDS) {
    const raw = source[spec.name];
    switch (spec.kind) {
      case 'bool':
        values[spec.name] = raw === true;
        break;
      case 'multi':
        values[spec.name] = Array.isArray(raw) ? raw.map(String) : [];
        break;
      case 'establishments':
        values[spec.name] = Array.isArray(raw)
          ? raw.map(String)
          : (dto.establishments ?? []).map((e) => String(e.id));
        break;
      case 'tags':
        values[spec.name] = Array.isArray(raw) ? raw.join(', ') : '';
        break;
      default:
        values[spec.name] = raw === null || raw === undefined ? '' : String(raw);
    }
  }
  return values;
}

export function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/**
 * The request body for the form's values. Blank optional answers are left out (null on the
 * server), and so are fields that do not apply to these answers (hidden in the form: a supplier
 * of an in-house system, a CE certificate of a class I device…), whatever they hold: the form
 * keeps them while hidden, in case the answer that hid them is changed back. Nothing is validated
 * here (see validation.ts; the server checks again).
 */
export function toInput(values: FormValues): AiSystemInput {
  const out: Record<string, unknown> = {};
  for (const spec of ALL_FIELDS) {
    if (!applies(spec, values)) continue;
    const value = values[spec.name];
    switch (spec.kind) {
      case 'bool':
        out[spec.name] = value === true;
        break;
      case 'multi':
        out[spec.name] = Array.isArray(value) ? value : [];
        break;
      case 'establishments':
        out[spec.name] = Array.isArray(value) ? value.map(Number) : [];
        break;
      case 'tags':
        out[spec.name] = splitTags(String(value));
        break;
      case 'number': {
        const text = String(value).trim();
        if (text !== '') out[spec.name] = Number(text);
        break;
      }
      default: {
        const text = String(value).trim();
        if (text !== '') out[spec.name] = text;
      }
    }
  }
  return out as AiSystemInput;
}

/** Canonical text of a value, so that order of choices or spacing in tags is no difference. */
function canonical(spec: FieldSpec, value: FormValue): string {
  if (Array.isArray(value)) return [...value].sort().join('\u0000');
  if (spec.kind === 'tags') return splitTags(String(value)).join('\u0000');
  return typeof value === 'string' ? value.trim() : String(value);
}

export function sameValue(spec: FieldSpec, a: FormValue, b: FormValue): boolean {
  return canonical(spec, a) === canonical(spec, b);
}

export interface FieldConflict {
  name: FieldName;
  mine: FormValue;
  theirs: FormValue;
  /** Both sides changed the field since the version the user opened. */
  bothChanged: boolean;
}

export interface MergeResult {
  values: FormValues;
  /** Fields the user had not touched and that now take the other person's value. */
  adopted: FieldName[];
  /** Fields where the user's input (kept) differs from the current version. */
  conflicts: FieldConflict[];
}

/**
 * Three-way merge after a 412: `base` is the version the form was opened on, `mine` the form,
 * `theirs` the current version. The user's input is never dropped; fields only the other person
 * changed are taken over so that saving does not silently undo their work.
 */
export function mergeOnConflict(base: FormValues, mine: FormValues, theirs: FormValues): MergeResult {
  const values = { ...mine };
  const adopted: FieldName[] = [];
  const conflicts: FieldConflict[] = [];
  for (const spec of ALL_FIELDS) {
    const name = spec.name;
    if (sameValue(spec, mine[name], theirs[name])) continue;
    if (sameValue(spec, mine[name], base[name])) {
      values[name] = theirs[name];
      adopted.push(name);
    } else {
      conflicts.push({
        name,
        mine: mine[name],
        theirs: theirs[name],
        bothChanged: !sameValue(spec, theirs[name], base[name]),
      });
    }
  }
  return { values, adopted, conflicts };
}

/**
 * One answer changed, with its consequence on the date of the status: a new status is dated by
 * the server (today) unless the user gives a date, so a date the user did not touch is emptied,
 * and comes back if the status returns to that of the version opened (`basis`).
 */
export function withChange(values: FormValues, name: FieldName, value: FormValue, basis?: FormValues): FormValues {
  const next = { ...values, [name]: value };
  if (name === 'status') {
    const untouched = values.statusChangedOn === (basis?.statusChangedOn ?? '') || values.statusChangedOn === '';
    if (untouched) next.statusChangedOn = basis && value === basis.status ? basis.statusChangedOn : '';
  }
  return next;
}
