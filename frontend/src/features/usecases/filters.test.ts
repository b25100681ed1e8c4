import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './api';
import { parseUseCaseFilters, useCaseFilterParams } from './filters';

describe('use-case list filters in the address bar', () => {
  it('round-trips what is set and ignores unknown stages', () => {
    const f = { ...DEFAULT_FILTERS, q: 'courrier', stage: 'QUALIFIED', mine: true, page: 2 };
    expect(parseUseCaseFilters(useCaseFilterParams(f))).toEqual(f);
    expect(parseUseCaseFilters(new URLSearchParams('etape=PEUT-ETRE')).stage).toBe('');
  });
});
