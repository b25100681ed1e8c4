import { DEFAULT_FILTERS, type UseCaseFilters } from './api';
import type { UseCaseOrigin, UseCaseStage } from './messages';

export const STAGES: readonly UseCaseStage[] = [
  'IDENTIFIED', 'QUALIFIED', 'PRIORITISED', 'STUDY', 'DEVELOPMENT', 'TEST', 'PRODUCTION',
  'ON_HOLD', 'ABANDONED', 'DUPLICATE', 'RETIRED',
];
export const ORIGINS: readonly UseCaseOrigin[] = ['WORKSHOP', 'INDIVIDUAL_PROPOSAL', 'INTERVIEW'];

const int = (raw: string | null, fallback: number, max: number) => {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
};

/** The filters in the address bar; unknown values are ignored (the default applies). */
export function parseUseCaseFilters(p: URLSearchParams): UseCaseFilters {
  const stage = p.get('etape') ?? '';
  const origin = p.get('origine') ?? '';
  return {
    q: p.get('q') ?? '',
    stage: (STAGES as readonly string[]).includes(stage) ? stage : '',
    category: p.get('categorie') ?? '',
    origin: (ORIGINS as readonly string[]).includes(origin) ? origin : '',
    tag: p.get('mot-cle') ?? '',
    mine: p.get('mes-propositions') === '1',
    sort: DEFAULT_FILTERS.sort,
    page: int(p.get('page'), 0, 1_000_000),
    size: DEFAULT_FILTERS.size,
  };
}

export function useCaseFilterParams(f: UseCaseFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.stage) p.set('etape', f.stage);
  if (f.category) p.set('categorie', f.category);
  if (f.origin) p.set('origine', f.origin);
  if (f.tag.trim()) p.set('mot-cle', f.tag.trim());
  if (f.mine) p.set('mes-propositions', '1');
  if (f.page) p.set('page', String(f.page));
  return p;
}
