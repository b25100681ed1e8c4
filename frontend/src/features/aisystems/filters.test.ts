import { describe, expect, it } from 'vitest';
import { activeFilterCount, DEFAULT_FILTERS, exportHref, filtersToParams, nextSort, parseFilters } from './filters';

const KNOWN = { status: ['PILOT', 'PRODUCTION'] as const, category: ['NLP'] as const, aiActRoute: ['MINIMAL'] as const };
const parse = (s: string) =>
  parseFilters(new URLSearchParams(s), {
    status: [...KNOWN.status],
    category: [...KNOWN.category],
    aiActRoute: [...KNOWN.aiActRoute],
  });

describe('register filters in the address bar', () => {
  it('round-trip, leaving defaults out', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'ecg', status: 'PILOT' as const, medicalDevice: 'false' as const, reviewOverdue: true, page: 2 };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('q=ecg&status=PILOT&medicalDevice=false&reviewOverdue=true&page=2');
    expect(parse(params.toString())).toEqual(filters);
  });

  it('keep the monitoring status filter and ignore unknown levels', () => {
    expect(parse('monitoringStatus=RED').monitoringStatus).toBe('RED');
    expect(filtersToParams({ ...DEFAULT_FILTERS, monitoringStatus: 'ORANGE' }).toString()).toBe('monitoringStatus=ORANGE');
    expect(parse('monitoringStatus=BLUE').monitoringStatus).toBe('');
    expect(activeFilterCount({ ...DEFAULT_FILTERS, monitoringStatus: 'NONE' })).toBe(1);
  });

  it('ignore unknown enum values, bad numbers and sorts from hand-edited URLs', () => {
    const f = parse('status=NOPE&page=-1&size=7&sort=password&establishmentId=1%20OR%201');
    expect(f.status).toBe('');
    expect(f.page).toBe(0);
    expect(f.size).toBe(DEFAULT_FILTERS.size);
    expect(f.sort).toBe(DEFAULT_FILTERS.sort);
    expect(f.establishmentId).toBe('');
  });

  it('keep every sort of the API, both ways, and the new yes/no filters', () => {
    const f = parse('sort=-status&size=100&reviewDueSoon=true&dpiaMissing=true&ownerMissing=true&page=3');
    expect(f).toMatchObject({ sort: '-status', size: 100, reviewDueSoon: true, dpiaMissing: true, ownerMissing: true, page: 3 });
    expect(filtersToParams(f).toString()).toBe('reviewDueSoon=true&dpiaMissing=true&ownerMissing=true&sort=-status&size=100&page=3');
    expect(parse('sort=-createdAt').sort).toBe('-createdAt');
    expect(parse('sort=--name').sort).toBe('name');
    expect(activeFilterCount(f)).toBe(3);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, q: '  ', sort: '-name', size: 50 })).toBe(0);
  });

  it('turn a column header click into the next sort', () => {
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBe('name');
    expect(nextSort('-name', 'status')).toBe('status');
    expect(nextSort('nextReviewDate', 'status')).toBe('status');
  });

  it('export the current selection without paging', () => {
    const href = exportHref({ ...DEFAULT_FILTERS, category: 'NLP', page: 3 }, 'xlsx', 'en');
    expect(href).toBe('/api/ai-systems/export?category=NLP&format=xlsx&lang=en');
  });
});
