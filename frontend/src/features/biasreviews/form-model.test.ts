import { describe, expect, it } from 'vitest';
import { draftFrom, emptyDraft, invalidCounts, invalidThresholds, parsePastedRows, toRequest, withPastedRows } from './form-model';

describe('parsePastedRows', () => {
  it('reads tab-separated rows copied from a spreadsheet and skips the header', () => {
    const { rows, skipped } = parsePastedRows('Groupe\tVP\tFP\tVN\tFN\r\nFemmes\t300\t100\t500\t100\r\nHommes\t80\t20\t1 250\t50\r\n');
    expect(skipped).toEqual([]);
    expect(rows).toEqual([
      { name: 'Femmes', tp: '300', fp: '100', tn: '500', fn: '100' },
      { name: 'Hommes', tp: '80', fp: '20', tn: '1250', fn: '50' },
    ]);
  });

  it('reads semicolon CSV and reports unreadable lines by number', () => {
    const { rows, skipped } = parsePastedRows('A;1;2;3;4\nB;1;x;3;4\nC;5;6;7\nD;0;0;1;0');
    expect(rows.map((r) => r.name)).toEqual(['A', 'D']);
    expect(skipped).toEqual([2, 3]);
  });

  it('fills the rows from the one pasted into, adding rows beyond the last', () => {
    const groups = emptyDraft('2026-01-01').attributes[0]!.groups;
    const next = withPastedRows(groups, 1, [
      { name: 'B', tp: '1', fp: '1', tn: '1', fn: '1' },
      { name: 'C', tp: '2', fp: '2', tn: '2', fn: '2' },
    ]);
    expect(next.map((g) => g.name)).toEqual(['', 'B', 'C']);
    expect(next[1]!.key).toBe(groups[1]!.key);
  });
});

describe('toRequest', () => {
  it('sends counts as numbers and leaves out what is empty, so the server names it', () => {
    const draft = emptyDraft('2026-03-15');
    draft.reviewers = 'Dr Martin\n\n Cellule qualité ';
    draft.attributes[0] = { key: 1, name: 'Sexe', referenceGroup: '', groups: [{ key: 2, name: 'F', tp: '3', fp: '', tn: '1', fn: '0' }] };
    const body = toRequest(draft, 7);
    expect(body.reviewers).toEqual(['Dr Martin', 'Cellule qualité']);
    expect(body.attributes?.[0]?.groups?.[0]).toEqual({ name: 'F', tp: 3, fp: undefined, tn: 1, fn: 0 });
    expect(body.attributes?.[0]).not.toHaveProperty('referenceGroup');
    expect(body.minimumGroupSize).toBeUndefined();
    expect(body.outcome).toBeUndefined();
  });

  it('sends no groups, reference or minimum size in a qualitative review', () => {
    const draft = emptyDraft('2026-03-15');
    draft.kind = 'QUALITATIVE';
    draft.minimumGroupSize = '5';
    draft.attributes[0]!.name = 'Langue';
    const body = toRequest(draft, 7, 3);
    expect(body.attributes).toEqual([{ name: 'Langue' }]);
    expect(body.minimumGroupSize).toBeUndefined();
    expect(body.supersedesId).toBe(3);
  });

  it('names the counts that are not whole numbers', () => {
    const draft = emptyDraft('2026-03-15');
    draft.attributes[0]!.groups[1]!.fp = '2,5';
    expect(invalidCounts(draft)).toEqual(['attributes[0].groups[1].fp']);
  });
});

describe('threshold overrides', () => {
  it('sends only the thresholds typed, reading a French decimal comma', () => {
    const draft = emptyDraft('2026-01-01');
    draft.thresholds.aequitasTau = '0,9';
    draft.thresholds.differenceSignificant = ' .2 ';
    expect(toRequest(draft, 1).thresholds).toEqual({ aequitasTau: 0.9, differenceSignificant: 0.2 });
    expect(toRequest(emptyDraft('2026-01-01'), 1).thresholds).toBeUndefined();
  });

  it('names each threshold that is not a decimal number, and ignores them for a qualitative review', () => {
    const draft = emptyDraft('2026-01-01');
    draft.thresholds.fourFifths = '4/5';
    draft.thresholds.seismometerLimit = '0,25';
    expect(invalidThresholds(draft)).toEqual(['thresholds.fourFifths']);
    expect(invalidThresholds({ ...draft, kind: 'QUALITATIVE' })).toEqual([]);
    expect(toRequest({ ...draft, kind: 'QUALITATIVE' }, 1).thresholds).toBeUndefined();
  });

  it('a correction keeps the overrides of the review it replaces, not the defaults it applied', () => {
    const review = {
      id: 4, kind: 'QUANTITATIVE', attributes: [],
      thresholds: { aequitasTau: 0.9, seismometerLimit: 0.25, fourFifths: 0.8, differenceModerate: 0.05, differenceSignificant: 0.1 },
    } as unknown as Parameters<typeof draftFrom>[0];
    expect(draftFrom(review, '2026-02-01').thresholds).toEqual({
      aequitasTau: '0.9', seismometerLimit: '', fourFifths: '', differenceModerate: '', differenceSignificant: '',
    });
  });
});
