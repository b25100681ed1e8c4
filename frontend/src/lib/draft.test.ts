import { describe, expect, it } from 'vitest';
import { clearDraft, peekDraft, saveDraft } from './draft';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

describe('drafts', () => {
  it('are given back to the same page only, until cleared', () => {
    const store = memoryStorage();
    saveDraft('/registre/3/modifier', { name: 'Tri' }, store);
    expect(peekDraft('/registre/4/modifier', store)).toBeUndefined();
    expect(peekDraft('/registre/3/modifier', store)).toEqual({ name: 'Tri' });
    expect(peekDraft('/registre/3/modifier', store)).toEqual({ name: 'Tri' });
    clearDraft(store);
    expect(peekDraft('/registre/3/modifier', store)).toBeUndefined();
  });

  it('ignore a corrupted entry', () => {
    const store = memoryStorage();
    store.setItem('vigie.draft', '{not json');
    expect(peekDraft('/registre/nouveau', store)).toBeUndefined();
  });
});
