import { api, body, etagOf } from '../../api/client';
import type { components } from '../../api/schema';
import type { UseCaseStage } from './messages';

type S = components['schemas'];
export type UseCase = S['UseCaseDto'];
export type UseCaseInput = S['UseCaseRequest'];
export type UseCaseSummary = S['UseCaseSummary'];
export type UseCasePipeline = S['UseCasePipeline'];

export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface UseCaseFilters {
  q: string;
  stage: string;
  category: string;
  origin: string;
  tag: string;
  mine: boolean;
  sort: string;
  page: number;
  size: number;
}

export const DEFAULT_FILTERS: UseCaseFilters = {
  q: '', stage: '', category: '', origin: '', tag: '', mine: false, sort: '-updatedAt', page: 0, size: 20,
};

export function filtersToQuery(f: UseCaseFilters) {
  return {
    q: f.q.trim() || undefined,
    stage: (f.stage || undefined) as UseCaseStage | undefined,
    category: (f.category || undefined) as UseCase['category'],
    origin: (f.origin || undefined) as UseCase['origin'],
    tag: f.tag.trim() || undefined,
    mine: f.mine || undefined,
    sort: f.sort,
    page: f.page,
    size: f.size,
  };
}

export async function listUseCases(filters: UseCaseFilters, signal?: AbortSignal) {
  return body(await api.GET('/api/use-cases', { params: { query: filtersToQuery(filters) }, signal }));
}

export async function getUseCase(id: number, signal?: AbortSignal): Promise<Versioned<UseCase>> {
  const result = await api.GET('/api/use-cases/{id}', { params: { path: { id } }, signal });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function createUseCase(input: UseCaseInput): Promise<Versioned<UseCase>> {
  const result = await api.POST('/api/use-cases', { body: input });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function updateUseCase(id: number, etag: string, input: UseCaseInput): Promise<Versioned<UseCase>> {
  const result = await api.PUT('/api/use-cases/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function deleteUseCase(id: number, etag: string): Promise<void> {
  await api.DELETE('/api/use-cases/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
}

export async function moveUseCase(id: number, etag: string, to: UseCaseStage, comment?: string, duplicateOf?: number) {
  const result = await api.POST('/api/use-cases/{id}/transitions', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { to, comment: comment?.trim() || undefined, duplicateOf },
  });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function getPipeline(id: number, signal?: AbortSignal) {
  return body(await api.GET('/api/use-cases/{id}/transitions', { params: { path: { id } }, signal }));
}

export async function getUseCaseHistory(id: number, signal?: AbortSignal) {
  return body(await api.GET('/api/use-cases/{id}/history', { params: { path: { id }, query: { size: 50 } }, signal }));
}

export async function createSystemFromCard(id: number, etag: string, accountableOwner: string) {
  const result = await api.POST('/api/use-cases/{id}/ai-system', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { accountableOwner },
  });
  return body(result);
}

/** The export address of the filtered list (a plain link: the browser downloads the file). */
export function exportHref(filters: UseCaseFilters, format: 'csv' | 'xlsx', lang: string): string {
  const params = new URLSearchParams();
  Object.entries(filtersToQuery(filters)).forEach(([k, v]) => {
    if (v !== undefined && k !== 'page' && k !== 'size') params.set(k, String(v));
  });
  params.set('format', format);
  params.set('lang', lang);
  return `/api/use-cases/export?${params.toString()}`;
}
