import type { Messages } from '../../i18n/fr';
import { splitTags } from './form-model';
import {
  ALL_FIELDS,
  DATE_RANGE,
  HIGH_RISK_MIN_LOG_MONTHS,
  HIGH_RISK_ROUTES,
  PROHIBITED_ALLOWED_STATUSES,
  applies,
  isRequired,
  type FieldName,
  type FieldSpec,
  type FormValue,
  type FormValues,
} from './field-specs';

export type FieldErrors = Partial<Record<FieldName, string>>;

export function isEmpty(spec: FieldSpec, value: FormValue): boolean {
  if (spec.kind === 'bool') return false;
  if (Array.isArray(value)) return value.length === 0;
  if (spec.kind === 'tags') return splitTags(String(value)).length === 0;
  return String(value).trim() === '';
}

/** Messages of the server's cross-field rules, keyed by the field they are reported on. */
function conditionalMessage(m: Messages, name: FieldName): string {
  const v = m.validation;
  switch (name) {
    case 'supplier':
      return v.supplierRequired;
    case 'ceCertificateReference':
      return v.ceCertificateRequired;
    case 'annexIiiPoint':
      return v.annexIiiPointRequired;
    case 'hostName':
      return v.hostNameRequired;
    case 'dpiaReference':
      return v.dpiaReferenceRequired;
    default:
      return v.required;
  }
}

function shapeError(m: Messages, spec: FieldSpec, value: FormValue): string | undefined {
  const v = m.validation;
  const text = typeof value === 'string' ? value.trim() : '';
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      if (text.length > spec.maxLength) return v.maxLength(spec.maxLength);
      if (spec.pattern && text !== '' && !spec.pattern.test(text)) return v.annexIiiPointPattern;
      return undefined;
    case 'tags': {
      const tags = splitTags(String(value));
      if (tags.length > spec.maxItems) return v.maxTags(spec.maxItems);
      const long = tags.findIndex((t) => t.length > spec.maxLength);
      return long >= 0 ? `${m.form.itemPrefix(long + 1)}${v.maxLength(spec.maxLength)}` : undefined;
    }
    case 'establishments':
      return Array.isArray(value) && value.length > 50 ? v.maxEstablishments(50) : undefined;
    case 'number':
      if (text === '') return undefined;
      if (!/^-?\d+$/.test(text)) return v.wholeNumber;
      return Number(text) < spec.min || Number(text) > spec.max ? v.range(spec.min, spec.max) : undefined;
    case 'date':
      if (text === '') return undefined;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return v.date;
      return text < DATE_RANGE.min || text > DATE_RANGE.max ? v.dateRange : undefined;
    default:
      return undefined;
  }
}

/**
 * The errors the server would report for these answers, with the server's wording: required
 * fields (conditional ones included), lengths and formats, the cross-field rules of
 * AiSystem.fieldViolations, and the two business rules (reported on the field that breaks them).
 * Fields that do not apply are not checked: they are not sent.
 */
export function validate(values: FormValues, m: Messages): FieldErrors {
  const errors: FieldErrors = {};
  for (const spec of ALL_FIELDS) {
    if (!applies(spec, values)) continue;
    const value = values[spec.name];
    if (isRequired(spec, values) && isEmpty(spec, value)) {
      errors[spec.name] = spec.required === true ? m.validation.required : conditionalMessage(m, spec.name);
      continue;
    }
    const shape = shapeError(m, spec, value);
    if (shape) errors[spec.name] = shape;
  }
  const v = m.validation;
  if (values.healthData === true && values.personalData !== true) errors.personalData ??= v.personalDataHealth;
  const start = String(values.productionStartDate);
  const end = String(values.retirementDate);
  if (start && end && !errors.retirementDate && !errors.productionStartDate && end < start) {
    errors.retirementDate = v.retirementBeforeStart;
  }
  const months = String(values.logRetentionMonths).trim();
  if (HIGH_RISK_ROUTES.has(String(values.aiActRoute)) && months !== '' && !errors.logRetentionMonths
    && Number(months) < HIGH_RISK_MIN_LOG_MONTHS) {
    errors.logRetentionMonths = v.highRiskLogs(HIGH_RISK_MIN_LOG_MONTHS);
  }
  if (values.aiActRoute === 'PROHIBITED' && values.status !== '' && !PROHIBITED_ALLOWED_STATUSES.has(String(values.status))) {
    errors.status ??= v.prohibitedStatus;
  }
  return errors;
}
