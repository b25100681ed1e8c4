import { describe, expect, it } from 'vitest';
import type { AiSystem } from '../../api/types';
import { ALL_FIELDS } from './field-specs';
import { emptyForm, mergeOnConflict, toFormValues, toInput } from './form-model';

describe('toInput', () => {
  it('omits blank optional answers, splits tags and converts numbers and ids', () => {
    const values = {
      ...emptyForm(),
      name: '  Lecture ECG  ',
      tags: 'cardio, , ECG ,',
      establishmentIds: ['3', '12'],
      logRetentionMonths: '12',
      inHouse: true,
    };
    const input = toInput(values) as Record<string, unknown>;
    expect(input.name).toBe('Lecture ECG');
    expect(input.tags).toEqual(['cardio', 'ECG']);
    expect(input.establishmentIds).toEqual([3, 12]);
    expect(input.logRetentionMonths).toBe(12);
    expect(input.inHouse).toBe(true);
    expect(input.selfLearning).toBe(false);
    expect('supplier' in input).toBe(false);
    expect('nextReviewDate' in input).toBe(false);
  });
});

describe('toFormValues', () => {
  it('reads establishments from the embedded list when ids are absent', () => {
    const dto = { name: 'X', establishments: [{ id: 7, name: 'CHU', shortName: 'CHU' }], tags: ['a', 'b'] } as AiSystem;
    const values = toFormValues(dto);
    expect(values.establishmentIds).toEqual(['7']);
    expect(values.tags).toBe('a, b');
    expect(values.supplier).toBe('');
  });

  it('round-trips through toInput for every field', () => {
    const dto = toInput({ ...emptyForm(), name: 'A', integrations: ['PACS'], logRetentionMonths: '0' });
    const again = toInput(toFormValues(dto as AiSystem));
    expect(again).toEqual(dto);
  });
});

describe('mergeOnConflict', () => {
  const base = { ...emptyForm(), name: 'Tri urgences', supplier: 'ACME', knownLimitations: '', integrations: ['PACS'] };

  it('keeps my changes, takes theirs where I did not touch, and reports true conflicts', () => {
    const mine = { ...base, name: 'Tri des urgences', knownLimitations: 'Pas en pédiatrie' };
    const theirs = { ...base, supplier: 'ACME Santé', knownLimitations: 'Hors pédiatrie', integrations: ['PACS', 'DPI_EHR'] };
    const result = mergeOnConflict(base, mine, theirs);

    expect(result.values.name).toBe('Tri des urgences');
    expect(result.values.knownLimitations).toBe('Pas en pédiatrie');
    expect(result.values.supplier).toBe('ACME Santé');
    expect(result.values.integrations).toEqual(['PACS', 'DPI_EHR']);
    expect(result.adopted.sort()).toEqual(['integrations', 'supplier']);
    expect(result.conflicts.map((c) => [c.name, c.bothChanged])).toEqual([
      ['name', false],
      ['knownLimitations', true],
    ]);
  });

  it('sees no difference in the order of choices or tag spacing', () => {
    const mine = { ...base, integrations: ['DPI_EHR', 'PACS'], tags: 'a,b' };
    const theirs = { ...base, integrations: ['PACS', 'DPI_EHR'], tags: 'a, b' };
    const result = mergeOnConflict(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.adopted).toEqual([]);
  });
});

describe('field specs', () => {
  it('list each field once', () => {
    const names = ALL_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
