import type { AiSystemEnums, AiSystemInput } from '../../api/types';

export type FieldName = keyof AiSystemInput;
export type EnumName = keyof AiSystemEnums;

export type FormValue = string | boolean | string[];
export type FormValues = Record<FieldName, FormValue>;

export type FieldSpec =
  | { name: FieldName; kind: 'text' | 'textarea'; maxLength: number; required?: Requirement }
  | { name: FieldName; kind: 'date' | 'tags' | 'establishments'; required?: Requirement }
  | { name: FieldName; kind: 'number'; min: number; max: number; required?: Requirement }
  | { name: FieldName; kind: 'bool' }
  | { name: FieldName; kind: 'select' | 'multi'; enumName: EnumName; required?: Requirement };

/** Always required, or required depending on other answers (mirrors the server's rules). */
export type Requirement = true | ((values: FormValues) => boolean);

export type SectionId =
  | 'identity'
  | 'organisation'
  | 'technology'
  | 'regulation'
  | 'data'
  | 'oversight'
  | 'lifecycle';

export interface Section {
  id: SectionId;
  fields: FieldSpec[];
}

const CE_REQUIRED = new Set(['MDR_IIA', 'MDR_IIB', 'MDR_III', 'IVDR_B', 'IVDR_C', 'IVDR_D']);

const text = (name: FieldName, maxLength: number, required?: Requirement): FieldSpec =>
  required ? { name, kind: 'text', maxLength, required } : { name, kind: 'text', maxLength };
const long = (name: FieldName, maxLength: number, required?: Requirement): FieldSpec =>
  required ? { name, kind: 'textarea', maxLength, required } : { name, kind: 'textarea', maxLength };
const select = (name: EnumName): FieldSpec => ({ name, kind: 'select', enumName: name, required: true });
const multi = (name: EnumName): FieldSpec => ({ name, kind: 'multi', enumName: name });
const bool = (name: FieldName): FieldSpec => ({ name, kind: 'bool' });
const date = (name: FieldName): FieldSpec => ({ name, kind: 'date' });

/** Every field of an AI system, grouped as on the record sheet and in the form. */
export const SECTIONS: Section[] = [
  {
    id: 'identity',
    fields: [
      text('name', 150, true),
      long('shortDescription', 350, true),
      long('intendedPurpose', 4000, true),
      long('outOfScopeUses', 4000),
      { name: 'tags', kind: 'tags' },
    ],
  },
  {
    id: 'organisation',
    fields: [
      { name: 'establishmentIds', kind: 'establishments' },
      text('responsibleService', 200),
      text('accountableOwner', 200, true),
      text('technicalLead', 200),
      text('publicContact', 200),
    ],
  },
  {
    id: 'technology',
    fields: [
      select('category'),
      bool('inHouse'),
      text('supplier', 200, (v) => v.inHouse !== true),
      text('product', 200),
      text('productVersion', 50),
      text('foundationModel', 200),
      bool('selfLearning'),
      select('automationLevel'),
      multi('integrations'),
    ],
  },
  {
    id: 'regulation',
    fields: [
      select('medicalDeviceClass'),
      text('ceCertificateReference', 100, (v) => CE_REQUIRED.has(String(v.medicalDeviceClass))),
      select('aiActRole'),
      select('aiActRoute'),
      text('annexIiiPoint', 50, (v) => v.aiActRoute === 'HIGH_RISK_ANNEX_III'),
      long('aiActJustification', 4000, true),
    ],
  },
  {
    id: 'data',
    fields: [
      multi('dataCategories'),
      bool('personalData'),
      bool('healthData'),
      select('hosting'),
      text('hostName', 200, (v) => v.hosting !== '' && v.hosting !== 'ON_PREMISES'),
      select('dataLocation'),
      { name: 'logRetentionMonths', kind: 'number', min: 0, max: 120 },
      select('dpiaStatus'),
      text('dpiaReference', 100, (v) => v.dpiaStatus === 'COMPLETED'),
    ],
  },
  {
    id: 'oversight',
    fields: [
      long('humanOversight', 4000),
      long('oversightPersons', 500),
      long('patientStaffInformation', 4000),
      long('knownLimitations', 4000),
    ],
  },
  {
    id: 'lifecycle',
    fields: [
      select('status'),
      date('statusChangedOn'),
      date('productionStartDate'),
      date('retirementDate'),
      date('nextReviewDate'),
    ],
  },
];

export const ALL_FIELDS: FieldSpec[] = SECTIONS.flatMap((s) => s.fields);

export const FIELD_NAMES: ReadonlySet<string> = new Set(ALL_FIELDS.map((f) => f.name));

export function isRequired(spec: FieldSpec, values: FormValues): boolean {
  if (!('required' in spec) || !spec.required) return false;
  return spec.required === true || spec.required(values);
}

/** The id of a field's input, used by labels, the error summary and focus. */
export function inputId(name: string): string {
  return `ai-${name}`;
}
