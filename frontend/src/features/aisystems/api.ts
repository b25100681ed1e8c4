import { api, body, etagOf } from '../../api/client';
import type { AiSystem, AiSystemInput } from '../../api/types';
import type { RegisterFilters } from './filters';

export interface Versioned<T> {
  value: T;
  etag: string;
}

export async function listAiSystems(filters: RegisterFilters, signal: AbortSignal) {
  const query = {
    q: filters.q.trim() || undefined,
    status: filters.status || undefined,
    category: filters.category || undefined,
    aiActRoute: filters.aiActRoute || undefined,
    establishmentId: filters.establishmentId ? Number(filters.establishmentId) : undefined,
    medicalDevice: filters.medicalDevice ? filters.medicalDevice === 'true' : undefined,
    reviewOverdue: filters.reviewOverdue || undefined,
    reviewDueSoon: filters.reviewDueSoon || undefined,
    dpiaMissing: filters.dpiaMissing || undefined,
    ownerMissing: filters.ownerMissing || undefined,
    monitoringStatus: filters.monitoringStatus || undefined,
    page: filters.page,
    size: filters.size,
    sort: filters.sort,
  };
  return body(await api.GET('/api/ai-systems', { params: { query }, signal }));
}

export async function getAiSystem(id: number, signal?: AbortSignal): Promise<Versioned<AiSystem>> {
  const result = await api.GET('/api/ai-systems/{id}', { params: { path: { id } }, signal });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function createAiSystem(input: AiSystemInput): Promise<Versioned<AiSystem>> {
  const result = await api.POST('/api/ai-systems', { body: input });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function updateAiSystem(id: number, etag: string, input: AiSystemInput): Promise<Versioned<AiSystem>> {
  const result = await api.PUT('/api/ai-systems/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  return { value: body(result), etag: etagOf(result.response) };
}

export async function getHistory(id: number, page: number, signal: AbortSignal) {
  return body(
    await api.GET('/api/ai-systems/{id}/history', {
      params: { path: { id }, query: { page, size: 20 } },
      signal,
    }),
  );
}

