import { describe, expect, it } from 'vitest';
import { pageItems } from './pager';

describe('pageItems', () => {
  it('shows every page up to seven', () => {
    expect(pageItems(0, 1)).toEqual([0]);
    expect(pageItems(3, 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps seven slots beyond: first, last, the current page and its neighbours, gaps', () => {
    expect(pageItems(0, 20)).toEqual([0, 1, 2, 3, 4, 'gap', 19]);
    expect(pageItems(3, 20)).toEqual([0, 1, 2, 3, 4, 'gap', 19]);
    expect(pageItems(4, 20)).toEqual([0, 'gap', 3, 4, 5, 'gap', 19]);
    expect(pageItems(15, 20)).toEqual([0, 'gap', 14, 15, 16, 'gap', 19]);
    expect(pageItems(16, 20)).toEqual([0, 'gap', 15, 16, 17, 18, 19]);
    expect(pageItems(19, 20)).toEqual([0, 'gap', 15, 16, 17, 18, 19]);
  });

  it('never hides a single page behind a gap and always shows the current page', () => {
    for (let pages = 1; pages <= 30; pages++) {
      for (let page = 0; page < pages; page++) {
        const items = pageItems(page, pages);
        expect(items).toContain(page);
        expect(items.length).toBeLessThanOrEqual(7);
        items.forEach((item, i) => {
          if (item !== 'gap') return;
          const before = items[i - 1] as number;
          const after = items[i + 1] as number;
          expect(after - before).toBeGreaterThan(2);
        });
      }
    }
  });
});
