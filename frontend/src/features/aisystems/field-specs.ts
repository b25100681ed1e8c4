import type { AiSystemEnums, AiSystemInput } from '../../api/types';

export type FieldName = keyof AiSystemInput;
export type EnumName = keyof AiSystemEnums;

export type FormValue = string | boolean | string[];
export type FormValues = Record<FieldName, FormValue>;

/** A condition on the other answers of the form. */
export type Condition = (values: FormValues) => boolean;

interface Common {
  name: FieldName;
  /** Always required, or required depending on other answers (mirrors the server's rules). */
  required?: Requirement;
  /**
   * Shown (and sent) only when this holds: a field the server requires only under a condition is
   * hidden when the condition fails, and its value is then left out of the request.
   */
  applies?: Condition;
  /**
   * Not required by the server, but expected of a documented register entry (HAS certification,
   * AI Act): an empty expected field makes its section "to complete", never blocks a save.
   */
  expected?: true | Condition;
}

export type FieldSpec = Common &
  (
    | { kind: 'text' | 'textarea'; maxLength: number; pattern?: RegExp }
    | { kind: 'date' | 'establishments' | 'bool' }
    | { kind: 'tags'; maxItems: number; maxLength: number }
    | { kind: 'number'; min: number; max: number }
    | { kind: 'select' | 'multi'; enumName: EnumName }
    /** The medical-device qualification: a yes/no question, then the class when it is one. */
    | { kind: 'medicalDevice'; enumName: 'medicalDeviceClass' }
  );

export type Requirement = true | Condition;

/** The sections of the form, the record sheet and the completeness rule (same order everywhere). */
export type SectionId = 'identity' | 'organisation' | 'qualification' | 'data' | 'oversight' | 'lifecycle';

export interface Section {
  id: SectionId;
  fields: FieldSpec[];
}

/** Classes certified by a notified body: the server then requires the CE certificate reference. */
export const NOTIFIED_BODY_CLASSES: ReadonlySet<string> = new Set([
  'MDR_IIA', 'MDR_IIB', 'MDR_III', 'IVDR_B', 'IVDR_C', 'IVDR_D',
]);
export const HIGH_RISK_ROUTES: ReadonlySet<string> = new Set(['HIGH_RISK_ANNEX_I', 'HIGH_RISK_ANNEX_III']);
/** AI Act Art. 26(6): deployers of high-risk systems keep the logs at least six months. */
export const HIGH_RISK_MIN_LOG_MONTHS = 6;
/** Statuses a prohibited practice may have (the server's business rule). */
export const PROHIBITED_ALLOWED_STATUSES: ReadonlySet<string> = new Set(['IDEA', 'SUSPENDED', 'RETIRED']);
/** The API's civil date range (docs/api-guidelines.md). */
export const DATE_RANGE = { min: '1900-01-01', max: '2200-12-31' } as const;

// The server's cross-field rules (AiSystem.fieldViolations), each the condition of one field.
const notInHouse: Condition = (v) => v.inHouse !== true;
const certifiedDevice: Condition = (v) => NOTIFIED_BODY_CLASSES.has(String(v.medicalDeviceClass));
const annexIii: Condition = (v) => v.aiActRoute === 'HIGH_RISK_ANNEX_III';
const hostedOutside: Condition = (v) => v.hosting !== '' && v.hosting !== 'ON_PREMISES';
const dpiaCompleted: Condition = (v) => v.dpiaStatus === 'COMPLETED';
// Expectations of a documented entry (not server rules)
const inUse: Condition = (v) => v.status === 'PRODUCTION' || v.status === 'SUSPENDED';
const stillUsed: Condition = (v) => v.status !== 'RETIRED';

const text = (name: FieldName, maxLength: number, extra: Partial<Common> = {}): FieldSpec => ({ name, kind: 'text', maxLength, ...extra });
const long = (name: FieldName, maxLength: number, extra: Partial<Common> = {}): FieldSpec => ({ name, kind: 'textarea', maxLength, ...extra });
const select = (name: EnumName): FieldSpec => ({ name, kind: 'select', enumName: name, required: true });
const multi = (name: EnumName, extra: Partial<Common> = {}): FieldSpec => ({ name, kind: 'multi', enumName: name, ...extra });
const bool = (name: FieldName): FieldSpec => ({ name, kind: 'bool' });
const date = (name: FieldName, extra: Partial<Common> = {}): FieldSpec => ({ name, kind: 'date', ...extra });

/** Every field of an AI system, grouped as in the form and on the record sheet. */
export const SECTIONS: Section[] = [
  {
    id: 'identity',
    fields: [
      text('name', 150, { required: true }),
      long('shortDescription', 350, { required: true }),
      long('intendedPurpose', 4000, { required: true }),
      long('outOfScopeUses', 4000, { expected: true }),
      select('category'),
      bool('inHouse'),
      text('supplier', 200, { required: notInHouse, applies: notInHouse }),
      text('product', 200),
      text('productVersion', 50),
      text('foundationModel', 200),
      { name: 'tags', kind: 'tags', maxItems: 20, maxLength: 50 },
    ],
  },
  {
    id: 'organisation',
    fields: [
      { name: 'establishmentIds', kind: 'establishments', expected: true },
      text('responsibleService', 200, { expected: true }),
      text('accountableOwner', 200, { required: true }),
      text('technicalLead', 200, { expected: true }),
      text('publicContact', 200),
    ],
  },
  {
    id: 'qualification',
    fields: [
      { name: 'medicalDeviceClass', kind: 'medicalDevice', enumName: 'medicalDeviceClass', required: true },
      text('ceCertificateReference', 100, { required: certifiedDevice, applies: certifiedDevice }),
      select('aiActRole'),
      select('aiActRoute'),
      {
        name: 'annexIiiPoint', kind: 'text', maxLength: 10, pattern: /^[1-8](\([a-h]\))?$/,
        required: annexIii, applies: annexIii,
      },
      long('aiActJustification', 4000, { required: true }),
    ],
  },
  {
    id: 'data',
    fields: [
      multi('dataCategories', { expected: true }),
      bool('personalData'),
      bool('healthData'),
      multi('integrations'),
      select('hosting'),
      text('hostName', 200, { required: hostedOutside, applies: hostedOutside }),
      select('dataLocation'),
      { name: 'logRetentionMonths', kind: 'number', min: 0, max: 120, expected: true },
      select('dpiaStatus'),
      text('dpiaReference', 100, { required: dpiaCompleted, applies: dpiaCompleted }),
    ],
  },
  {
    id: 'oversight',
    fields: [
      select('automationLevel'),
      bool('selfLearning'),
      long('humanOversight', 4000, { expected: true }),
      long('oversightPersons', 500, { expected: true }),
      long('patientStaffInformation', 4000, { expected: true }),
      long('knownLimitations', 4000, { expected: true }),
    ],
  },
  {
    id: 'lifecycle',
    fields: [
      select('status'),
      date('statusChangedOn'),
      date('productionStartDate', { expected: inUse }),
      date('retirementDate', { expected: (v) => v.status === 'RETIRED' }),
      date('nextReviewDate', { expected: stillUsed }),
    ],
  },
];

export const ALL_FIELDS: FieldSpec[] = SECTIONS.flatMap((s) => s.fields);

export const FIELD_NAMES: ReadonlySet<string> = new Set(ALL_FIELDS.map((f) => f.name));

const SPECS = new Map<string, FieldSpec>(ALL_FIELDS.map((f) => [f.name, f]));

export function specOf(name: string): FieldSpec | undefined {
  return SPECS.get(name);
}

export function sectionOf(name: string): Section | undefined {
  return SECTIONS.find((s) => s.fields.some((f) => f.name === name));
}

/** Whether the field is shown (and sent) for these answers. */
export function applies(spec: FieldSpec, values: FormValues): boolean {
  return spec.applies ? spec.applies(values) : true;
}

export function isRequired(spec: FieldSpec, values: FormValues): boolean {
  if (!spec.required || !applies(spec, values)) return false;
  return spec.required === true || spec.required(values);
}

export function isExpected(spec: FieldSpec, values: FormValues): boolean {
  if (!spec.expected || !applies(spec, values)) return false;
  return spec.expected === true || spec.expected(values);
}

/** The id of a field's input, used by labels, the error summary and focus. */
export function inputId(name: string): string {
  return `ai-${name}`;
}
