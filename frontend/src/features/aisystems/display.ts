import type { AiSystem, MonitoringLevel } from '../../api/types';
import type { BadgeTone } from '../../components/badge';
import type { Messages } from '../../i18n/fr';
import { enumLabel } from './enum-options';
import type { FieldSpec, FormValue } from './field-specs';

interface Formatters {
  m: Messages;
  date: (iso: string) => string;
}

/** A field of a saved AI system as text for people ('' when there is no answer). */
export function displayField(f: Formatters, spec: FieldSpec, dto: AiSystem): string {
  const raw = (dto as Record<string, unknown>)[spec.name];
  if (spec.kind === 'establishments') {
    return (dto.establishments ?? []).map((e) => e.name ?? e.shortName ?? String(e.id)).join(', ');
  }
  return displayValue(f, spec, raw as FormValue | number | null | undefined);
}

/** Same for a form value (used in the conflict comparison). */
export function displayValue(
  { m, date }: Formatters,
  spec: FieldSpec,
  raw: FormValue | number | null | undefined,
  establishmentNames?: Map<string, string>,
): string {
  if (raw === null || raw === undefined) return '';
  switch (spec.kind) {
    case 'bool':
      return raw === true ? m.common.yes : m.common.no;
    case 'select':
    case 'medicalDevice':
      return enumLabel(m, spec.enumName, raw);
    case 'multi':
      return Array.isArray(raw) ? raw.map((v) => enumLabel(m, spec.enumName, v)).join(', ') : '';
    case 'establishments':
      return Array.isArray(raw) ? raw.map((id) => establishmentNames?.get(id) ?? id).join(', ') : '';
    case 'tags':
      return Array.isArray(raw) ? raw.join(', ') : String(raw);
    case 'date':
      return typeof raw === 'string' ? date(raw) : '';
    default:
      return String(raw);
  }
}

/** Badge colour of a lifecycle status (the badge text is the status label). */
export function statusTone(status: AiSystem['status'] | null | undefined): BadgeTone {
  switch (status) {
    case 'PRODUCTION':
      return 'success';
    case 'PILOT':
      return 'info';
    case 'SUSPENDED':
      return 'warning';
    case 'RETIRED':
      return 'muted';
    default:
      return 'neutral';
  }
}

/** Badge colour of an AI Act route: prohibited and high-risk stand out. */
export function routeTone(route: AiSystem['aiActRoute'] | null | undefined): BadgeTone {
  switch (route) {
    case 'PROHIBITED':
      return 'danger';
    case 'HIGH_RISK_ANNEX_I':
    case 'HIGH_RISK_ANNEX_III':
      return 'warning';
    case 'TRANSPARENCY_ART_50':
    case 'ART_6_3_DEROGATION':
      return 'info';
    default:
      return 'neutral';
  }
}

/** Badge colour of a monitoring status level (the badge text names the level, the reasons follow it). */
export function monitoringTone(level: MonitoringLevel): BadgeTone {
  switch (level) {
    case 'RED':
      return 'danger';
    case 'ORANGE':
      return 'warning';
    case 'GREEN':
      return 'success';
    default:
      return 'muted';
  }
}
