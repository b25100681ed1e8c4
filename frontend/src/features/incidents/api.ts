import { api, body } from '../../api/client';
import type { IncidentDutyInput, IncidentInput, IncidentStatus } from '../../api/types';

export interface IncidentFilters {
  aiSystemId: string;
  status: string;
  open: boolean;
  page: number;
}

export async function listIncidents(f: IncidentFilters, signal: AbortSignal) {
  return body(await api.GET('/api/incidents', {
    params: { query: {
      aiSystemId: f.aiSystemId ? Number(f.aiSystemId) : undefined,
      status: (f.status || undefined) as IncidentStatus | undefined,
      open: f.open ? true : undefined,
      page: f.page,
      size: 20,
    } },
    signal,
  }));
}

/** The AI systems as choices of the declaration form and the list filter (the register, sorted by name). */
export async function listSystemChoices(signal: AbortSignal) {
  return body(await api.GET('/api/ai-systems', { params: { query: { size: 200, sort: 'name' } }, signal }));
}

export async function getIncident(id: number, signal?: AbortSignal) {
  return api.GET('/api/incidents/{id}', { params: { path: { id } }, signal });
}

export async function declareIncident(input: IncidentInput) {
  return body(await api.POST('/api/incidents', { body: input }));
}

export async function updateDuty(id: number, dutyId: number, version: number, input: IncidentDutyInput) {
  return api.PUT('/api/incidents/{id}/duties/{dutyId}', {
    params: { path: { id, dutyId }, header: { 'If-Match': `"${version}"` } },
    body: input,
  });
}

export async function changeStatus(id: number, etag: string, status: IncidentStatus, comment?: string) {
  return api.POST('/api/incidents/{id}/status', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: { status, comment },
  });
}

export async function dutiesDue(signal: AbortSignal) {
  return body(await api.GET('/api/incidents/duties', { params: { query: { due: 'all' } }, signal }));
}

export function exportHref(format: 'pdf' | 'xlsx', lang: string, f: IncidentFilters): string {
  const q = new URLSearchParams({ format, lang });
  if (f.aiSystemId) q.set('aiSystemId', f.aiSystemId);
  if (f.status) q.set('status', f.status);
  if (f.open) q.set('open', 'true');
  return `/api/incidents/export?${q.toString()}`;
}
