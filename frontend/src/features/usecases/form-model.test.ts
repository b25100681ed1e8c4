import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, parseNumber, toInput } from './form-model';

describe('use-case form model', () => {
  it('reads French decimal commas and leaves empty numbers out', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' 3 ')).toBe(3);
    expect(parseNumber('')).toBeUndefined();
  });

  it('sends lists one item per non-empty line and drops empty texts', () => {
    const input = toInput({ ...EMPTY_FORM, title: 'T', irritant: 'I', services: 'Cardiologie\n\n Urgences ', gainCost: '  ' });
    expect(input.services).toEqual(['Cardiologie', 'Urgences']);
    expect(input.gainCost).toBeUndefined();
    expect(input.volume).toBeUndefined();
    expect(input.origin).toBe('INDIVIDUAL_PROPOSAL');
  });
});
