import type { AiActRoute, AiCategory, AiSystemStatus, MonitoringLevel } from '../../api/types';

/** The list API's sort fields (aisystems.control.RegisterIndex.SORTABLE); `-field` sorts descending. */
export const SORT_FIELDS = ['name', 'status', 'category', 'aiActRoute', 'nextReviewDate', 'updatedAt', 'createdAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type Sort = SortField | `-${SortField}`;
/** Every sort, both ways: what the address bar may hold. */
export const SORTS: readonly Sort[] = SORT_FIELDS.flatMap((f) => [f, `-${f}` as const]);
export const PAGE_SIZES = [10, 20, 50, 100] as const;
/** The monitoring status levels of the list filter (aisystems.control.AiSystemFilter.monitoringStatus). */
export const MONITORING_LEVELS = ['RED', 'ORANGE', 'GREEN', 'NONE'] as const satisfies readonly MonitoringLevel[];

/** The field and direction of a sort. */
export function sortParts(sort: Sort): { field: SortField; descending: boolean } {
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as SortField, descending };
}

/**
 * The sort after a click on a column header: the same column turns the order round, another
 * column sorts on it ascending (A → Z, the nearest date first).
 */
export function nextSort(current: Sort, field: SortField): Sort {
  const { field: now, descending } = sortParts(current);
  if (now !== field) return field;
  return descending ? field : `-${field}`;
}

export interface RegisterFilters {
  q: string;
  status: AiSystemStatus | '';
  category: AiCategory | '';
  aiActRoute: AiActRoute | '';
  establishmentId: string;
  medicalDevice: '' | 'true' | 'false';
  reviewOverdue: boolean;
  reviewDueSoon: boolean;
  dpiaMissing: boolean;
  ownerMissing: boolean;
  monitoringStatus: MonitoringLevel | '';
  page: number;
  size: number;
  sort: Sort;
}

export const DEFAULT_FILTERS: RegisterFilters = {
  q: '',
  status: '',
  category: '',
  aiActRoute: '',
  establishmentId: '',
  medicalDevice: '',
  reviewOverdue: false,
  reviewDueSoon: false,
  dpiaMissing: false,
  ownerMissing: false,
  monitoringStatus: '',
  page: 0,
  size: 20,
  sort: 'name',
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[] | undefined): T | '' {
  if (!value) return '';
  if (allowed && !allowed.includes(value as T)) return '';
  return value as T;
}

function nonNegative(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
}

/**
 * Filters from the address bar. Enum values are checked against the labels we know (`keys` of
 * the dictionaries) so that a hand-edited URL cannot send garbage to the server.
 */
export function parseFilters(
  params: URLSearchParams,
  known: { status: readonly AiSystemStatus[]; category: readonly AiCategory[]; aiActRoute: readonly AiActRoute[] },
): RegisterFilters {
  const size = nonNegative(params.get('size'), DEFAULT_FILTERS.size);
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    status: oneOf(params.get('status'), known.status),
    category: oneOf(params.get('category'), known.category),
    aiActRoute: oneOf(params.get('aiActRoute'), known.aiActRoute),
    establishmentId: /^\d+$/.test(params.get('establishmentId') ?? '') ? params.get('establishmentId')! : '',
    medicalDevice: oneOf(params.get('medicalDevice'), ['true', 'false'] as const),
    reviewOverdue: params.get('reviewOverdue') === 'true',
    reviewDueSoon: params.get('reviewDueSoon') === 'true',
    dpiaMissing: params.get('dpiaMissing') === 'true',
    ownerMissing: params.get('ownerMissing') === 'true',
    monitoringStatus: oneOf(params.get('monitoringStatus'), MONITORING_LEVELS),
    page: nonNegative(params.get('page'), 0),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_FILTERS.size,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : DEFAULT_FILTERS.sort,
  };
}

/** The address-bar form of the filters: defaults are left out to keep links short. */
export function filtersToParams(filters: RegisterFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.category) params.set('category', filters.category);
  if (filters.aiActRoute) params.set('aiActRoute', filters.aiActRoute);
  if (filters.establishmentId) params.set('establishmentId', filters.establishmentId);
  if (filters.medicalDevice) params.set('medicalDevice', filters.medicalDevice);
  if (filters.reviewOverdue) params.set('reviewOverdue', 'true');
  if (filters.reviewDueSoon) params.set('reviewDueSoon', 'true');
  if (filters.dpiaMissing) params.set('dpiaMissing', 'true');
  if (filters.ownerMissing) params.set('ownerMissing', 'true');
  if (filters.monitoringStatus) params.set('monitoringStatus', filters.monitoringStatus);
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.size !== DEFAULT_FILTERS.size) params.set('size', String(filters.size));
  if (filters.page > 0) params.set('page', String(filters.page));
  return params;
}

/**
 * The same selection for the export endpoint: every filter and the sort, no paging; the file's
 * headers and labels follow the interface language.
 */
export function exportHref(filters: RegisterFilters, format: 'csv' | 'xlsx', lang: 'fr' | 'en'): string {
  const params = filtersToParams({ ...filters, page: 0, size: DEFAULT_FILTERS.size });
  params.set('format', format);
  params.set('lang', lang);
  return `/api/ai-systems/export?${params.toString()}`;
}

/** How many filters (not the sort or paging) differ from the defaults: shown on the filters button. */
export function activeFilterCount(filters: RegisterFilters): number {
  const keys = ['q', 'status', 'category', 'aiActRoute', 'establishmentId', 'medicalDevice', 'reviewOverdue',
    'reviewDueSoon', 'dpiaMissing', 'ownerMissing', 'monitoringStatus'] as const;
  return keys.filter((k) => (k === 'q' ? filters.q.trim() !== '' : filters[k] !== DEFAULT_FILTERS[k])).length;
}
