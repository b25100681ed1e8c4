import { SECTIONS, isExpected, isRequired, type FieldName, type FormValues, type Section, type SectionId } from './field-specs';
import { isEmpty } from './validation';

export interface SectionProgress {
  id: SectionId;
  /** Required fields left empty: the record cannot be saved. */
  missing: FieldName[];
  /** Expected fields left empty: the record can be saved, but its documentation is incomplete. */
  toComplete: FieldName[];
}

/**
 * What is still to fill in a section, for these answers. One rule for the form's section markers
 * and the record's completeness: only fields that apply count.
 */
export function sectionProgress(section: Section, values: FormValues): SectionProgress {
  const missing: FieldName[] = [];
  const toComplete: FieldName[] = [];
  for (const spec of section.fields) {
    if (!isEmpty(spec, values[spec.name])) continue;
    if (isRequired(spec, values)) missing.push(spec.name);
    else if (isExpected(spec, values)) toComplete.push(spec.name);
  }
  return { id: section.id, missing, toComplete };
}

export function isComplete(progress: SectionProgress): boolean {
  return progress.missing.length === 0 && progress.toComplete.length === 0;
}

export interface Completeness {
  complete: number;
  total: number;
  sections: SectionProgress[];
}

export function completeness(values: FormValues): Completeness {
  const sections = SECTIONS.map((s) => sectionProgress(s, values));
  return { complete: sections.filter(isComplete).length, total: sections.length, sections };
}
