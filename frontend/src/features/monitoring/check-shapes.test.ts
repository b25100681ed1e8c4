import { describe, expect, it } from 'vitest';
import { buildCheck, csvViolation, methodsFor, parseNumber, violationField } from './check-shapes';
import { monitoringFr as t } from './messages';

const period = { periodStart: '2026-02-01', periodEnd: '2026-02-28' };

describe('check form', () => {
  it('reads French and English numbers', () => {
    expect(parseNumber('0,25')).toBe(0.25);
    expect(parseNumber(' 1 234,5 ')).toBe(1234.5);
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('12a')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it('builds a histogram check with the same edges on both periods', () => {
    const built = buildCheck('DISTRIBUTION', false, {
      binEdges: '0 ; 1,5 ; 3', 'reference.counts': '100;100', 'current.counts': '10 ; 290',
    }, period, t);
    expect(built.errors).toEqual({});
    expect(built.input).toEqual({
      ...period,
      reference: { binEdges: [0, 1.5, 3], counts: [100, 100] },
      current: { binEdges: [0, 1.5, 3], counts: [10, 290] },
    });
  });

  it('names the field and the item that is not a number, and required lists', () => {
    const built = buildCheck('DISTRIBUTION', true, { categories: 'A;B', 'reference.counts': '1;x' }, period, t);
    expect(built.input).toBeUndefined();
    expect(built.errors).toEqual({ 'reference.counts': 'la valeur 2 n’est pas un nombre', 'current.counts': 'champ obligatoire' });
  });

  it('builds a p-chart check from period labels, events and totals', () => {
    const built = buildCheck('RATE_SERIES', false, {
      'periods.period': '2026-01;2026-02', 'periods.events': '12;40', 'periods.total': '200;210', referencePeriods: '1',
    }, period, t);
    expect(built.input?.periods).toEqual([
      { period: '2026-01', events: 12, total: 200 },
      { period: '2026-02', events: 40, total: 210 },
    ]);
    expect(built.input?.referencePeriods).toBe(1);
  });

  it('puts server violations on their field and item', () => {
    const fields = ['binEdges', 'reference.counts', 'current.counts'];
    expect(violationField('current.counts[3]', fields)).toEqual({ field: 'current.counts', item: 4 });
    expect(violationField('reference.binEdges[0]', fields)).toEqual({ field: 'binEdges', item: 1 });
    expect(violationField('periods[2].events', [])).toEqual({ field: 'periods.events', item: 3 });
    expect(violationField('options.zCategory', fields)).toBeUndefined();
  });

  it('reads CSV violations as sentences naming the line and column', () => {
    expect(csvViolation({ field: 'csv.line[12].current', message: 'doit être un nombre' }, t))
      .toBe('Ligne 12, colonne current : doit être un nombre');
    expect(csvViolation({ field: 'csv.line[3]', message: 'x' }, t)).toBe('Ligne 3 : x');
  });

  it('offers the methods of the families a watched kind accepts', () => {
    expect(methodsFor('AUROC')).toEqual(['REFERENCE_STD', 'CUSUM', 'EWMA', 'WESTERN_ELECTRIC', 'AUROC_BINNED']);
    expect(methodsFor('INPUT_DISTRIBUTION')).toContain('PSI');
  });
});
