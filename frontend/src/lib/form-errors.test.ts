import { describe, expect, it } from 'vitest';
import { fieldError, locateViolation, violationsToErrors } from './form-errors';

const FIELDS = new Set(['name', 'tags', 'establishmentIds', 'supplier']);
const prefix = (n: number) => `item ${n}: `;

describe('locateViolation', () => {
  it('maps plain, indexed and prefixed paths to the form field', () => {
    expect(locateViolation('name', FIELDS)).toEqual({ field: 'name' });
    expect(locateViolation('tags[2]', FIELDS)).toEqual({ field: 'tags', index: 2 });
    expect(locateViolation('create.arg0.supplier', FIELDS)).toEqual({ field: 'supplier' });
    // Hibernate Validator's container element path
    expect(locateViolation('tags.<list element>[1]', FIELDS)).toEqual({ field: 'tags', index: 1 });
  });
  it('returns nothing for a path outside the form', () => {
    expect(locateViolation('logRetentionMonths', FIELDS)).toBeUndefined();
    expect(locateViolation('', FIELDS)).toBeUndefined();
  });
});

describe('violationsToErrors', () => {
  it('groups messages per field, numbering list items from 1, and keeps the others apart', () => {
    const errors = violationsToErrors(
      [
        { field: 'name', message: 'must not be blank' },
        { field: 'tags[0]', message: 'size must be at most 50' },
        { field: 'tags[3]', message: 'size must be at most 50' },
        { field: 'somethingElse', message: 'bad' },
      ],
      FIELDS,
      prefix,
    );
    expect(fieldError(errors, 'name')).toBe('must not be blank');
    expect(errors.byField.tags).toEqual(['item 1: size must be at most 50', 'item 4: size must be at most 50']);
    expect(errors.general).toEqual(['somethingElse – bad']);
    expect(fieldError(errors, 'supplier')).toBeUndefined();
  });
});
