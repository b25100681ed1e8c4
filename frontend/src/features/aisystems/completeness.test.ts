import { describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr';
import { completeness, isComplete, sectionProgress } from './completeness';
import { SECTIONS } from './field-specs';
import { emptyForm, toInput, withChange } from './form-model';
import { validate } from './validation';

const filled = {
  ...emptyForm(),
  name: 'Tri des urgences', shortDescription: 'Propose un niveau de tri.', intendedPurpose: 'Aider l’IOA.',
  outOfScopeUses: 'Pédiatrie.', category: 'PREDICTIVE_ML', inHouse: true, accountableOwner: 'Dr Martin',
  establishmentIds: ['1'], responsibleService: 'Urgences', technicalLead: 'DSI', medicalDeviceClass: 'NOT_MEDICAL_DEVICE',
  aiActRole: 'DEPLOYER', aiActRoute: 'MINIMAL', aiActJustification: 'Aide relue.', dataCategories: ['PATIENT_HEALTH'],
  personalData: true, healthData: true, hosting: 'ON_PREMISES', dataLocation: 'FRANCE', logRetentionMonths: '12',
  dpiaStatus: 'IN_PROGRESS', automationLevel: 'DECISION_SUPPORT', humanOversight: 'IOA.', oversightPersons: 'IOA',
  patientStaffInformation: 'Affiche.', knownLimitations: 'Aucune connue.', status: 'PILOT', nextReviewDate: '2027-01-01',
};
const section = (id: string) => SECTIONS.find((s) => s.id === id)!;

describe('completeness (form markers and record summary)', () => {
  it('counts required and expected fields that apply, per section', () => {
    const empty = sectionProgress(section('identity'), emptyForm());
    expect(empty.missing).toEqual(['name', 'shortDescription', 'intendedPurpose', 'category', 'supplier']);
    expect(empty.toComplete).toEqual(['outOfScopeUses']);
    expect(completeness(filled)).toMatchObject({ complete: 6, total: 6 });
  });

  it('leaves out what does not apply, and expects what the status calls for', () => {
    // in-house: no supplier; a completed DPIA needs its reference
    expect(sectionProgress(section('identity'), filled).missing).toEqual([]);
    const dpia = sectionProgress(section('data'), { ...filled, dpiaStatus: 'COMPLETED' });
    expect(dpia.missing).toEqual(['dpiaReference']);
    const retired = sectionProgress(section('lifecycle'), { ...filled, status: 'RETIRED', nextReviewDate: '' });
    expect(retired.toComplete).toEqual(['retirementDate']);
    expect(isComplete(sectionProgress(section('oversight'), { ...filled, knownLimitations: '' }))).toBe(false);
  });
});

describe('validation (the server’s rules, its words)', () => {
  it('reports required, conditional and cross-field rules on their fields', () => {
    const errors = validate({ ...filled, inHouse: false, name: '', personalData: false, aiActRoute: 'HIGH_RISK_ANNEX_III', logRetentionMonths: '3', annexIiiPoint: '5d', productionStartDate: '2026-05-01', retirementDate: '2026-01-01' }, fr);
    expect(errors).toEqual({
      name: 'champ obligatoire',
      supplier: 'obligatoire sauf si le système est développé en interne',
      annexIiiPoint: 'doit être un point de l’annexe III, par exemple 5 ou 5(d)',
      personalData: fr.validation.personalDataHealth,
      retirementDate: 'ne doit pas précéder la date de mise en production',
      logRetentionMonths: 'au moins 6 mois pour un système à haut risque (AI Act, art. 26(6))',
    });
    expect(validate(filled, fr)).toEqual({});
  });

  it('checks lengths and lists like the server', () => {
    const errors = validate({ ...filled, shortDescription: 'x'.repeat(351), tags: `a, ${'b'.repeat(51)}` }, fr);
    expect(errors.shortDescription).toBe('350 caractères au plus');
    expect(errors.tags).toBe('élément 2\u00a0: 50 caractères au plus');
  });
});

describe('hidden fields and the status date', () => {
  it('does not send a field that does not apply, but keeps it in the form', () => {
    const values = { ...filled, supplier: 'ACME', inHouse: true, ceCertificateReference: 'CE-1', medicalDeviceClass: 'MDR_I' };
    const input = toInput(values) as Record<string, unknown>;
    expect('supplier' in input).toBe(false);
    expect('ceCertificateReference' in input).toBe(false);
    expect((toInput({ ...values, inHouse: false }) as Record<string, unknown>).supplier).toBe('ACME');
  });

  it('empties an untouched status date when the status changes, and gives it back', () => {
    const basis = { ...filled, statusChangedOn: '2025-01-15' };
    const changed = withChange(basis, 'status', 'PRODUCTION', basis);
    expect(changed.statusChangedOn).toBe('');
    expect(withChange(changed, 'status', 'PILOT', basis).statusChangedOn).toBe('2025-01-15');
    const dated = withChange({ ...basis, statusChangedOn: '2026-02-01' }, 'status', 'PRODUCTION', basis);
    expect(dated.statusChangedOn).toBe('2026-02-01');
  });
});
