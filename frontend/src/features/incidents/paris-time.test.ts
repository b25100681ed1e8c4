import { describe, expect, it } from 'vitest';
import { isoToParisLocal, parisDateTime, parisLocalToIso } from './paris-time';

describe('Paris clock', () => {
  it('sends a Paris wall-clock time with the offset of that day', () => {
    expect(parisLocalToIso('2026-10-23T10:00')).toBe('2026-10-23T10:00:00+02:00');
    expect(parisLocalToIso('2026-10-26T09:00')).toBe('2026-10-26T09:00:00+01:00');
    expect(parisLocalToIso('2026-03-29T03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(parisLocalToIso('')).toBe('');
  });

  it('reads an instant back on the Paris clock', () => {
    expect(isoToParisLocal('2026-10-26T08:00:00Z')).toBe('2026-10-26T09:00');
    expect(isoToParisLocal('2026-07-01T22:30:00Z')).toBe('2026-07-02T00:30');
    expect(parisDateTime('fr', '2026-10-26T08:00:00Z')).toContain('09:00');
  });
});
