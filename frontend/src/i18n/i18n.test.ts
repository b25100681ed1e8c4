import { describe, expect, it } from 'vitest';
import type { FieldName } from '../features/aisystems/field-specs';
import { ALL_FIELDS } from '../features/aisystems/field-specs';
import { en } from './en';
import { fr } from './fr';
import { storedLang } from './lang';
import { plural } from './plural';

describe('plural', () => {
  it('follows French rules (0 and 1 singular) and English rules', () => {
    expect(fr.register.total(0)).toBe('0 système d’IA');
    expect(fr.register.total(1)).toBe('1 système d’IA');
    expect(fr.register.total(2)).toBe('2 systèmes d’IA');
    expect(en.register.total(0)).toBe('0 AI systems');
    expect(plural('en', 1, 'one', 'many')).toBe('one');
  });
});

describe('dictionaries', () => {
  it('label every form field, in both languages, and every labelled field is in the form', () => {
    const inForm = new Set<string>(ALL_FIELDS.map((f) => f.name));
    for (const dict of [fr, en]) {
      const labelled = Object.keys(dict.aiSystem.fields) as FieldName[];
      expect(new Set(labelled)).toEqual(inForm);
      for (const name of labelled) expect(dict.aiSystem.fields[name].trim()).not.toBe('');
    }
  });

  it('keep enum values in the same order in both languages (it is the order of the options)', () => {
    for (const name of Object.keys(fr.enums) as (keyof typeof fr.enums)[]) {
      expect(Object.keys(en.enums[name])).toEqual(Object.keys(fr.enums[name]));
    }
  });
});

describe('storedLang', () => {
  it('defaults to French and ignores unknown values', () => {
    expect(storedLang(undefined)).toBe('fr');
    expect(storedLang({ getItem: () => 'de' })).toBe('fr');
    expect(storedLang({ getItem: () => 'en' })).toBe('en');
    expect(
      storedLang({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('fr');
  });
});
