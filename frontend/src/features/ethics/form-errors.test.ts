import { describe, expect, it } from 'vitest';
import { lines } from './api';
import { fieldId } from './form-errors';

describe('ethics forms', () => {
  it('sends one entry per non-empty line, trimmed', () => {
    expect(lines('  Les patients sont-ils informés ?\n\n Le médecin garde-t-il la main ?  \n')).toEqual([
      'Les patients sont-ils informés ?',
      'Le médecin garde-t-il la main ?',
    ]);
  });

  it('gives each server path its own input id', () => {
    expect(fieldId('conditions[0].dueOn')).toBe('eth-conditions-0-dueOn');
    expect(fieldId('documents[2].url')).toBe('eth-documents-2-url');
    expect(fieldId('meetingDate')).toBe('eth-meetingDate');
  });
});
