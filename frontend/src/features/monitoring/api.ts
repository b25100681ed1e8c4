import { api, body, etagOf } from '../../api/client';
import type { components } from '../../api/schema';

type S = components['schemas'];
/** Fields the server always sends (records serialise every component); the generated types mark all optional. */
type Present<T, K extends keyof T> = T & Required<Pick<T, K>>;
export type MonitoringLine = Present<S['MonitoringLineDto'], 'id' | 'aiSystemId' | 'name' | 'watchedKind' | 'method'
  | 'cadence' | 'owner' | 'breachActionKind' | 'breachAction' | 'startsOn' | 'nextDue' | 'overdue' | 'version'>;
export type MonitoringLineInput = S['MonitoringLineRequest'];
export type MonitoringCheck = Present<S['MonitoringCheckDto'], 'id' | 'lineId' | 'periodStart' | 'periodEnd' | 'method'
  | 'severity' | 'breach' | 'recordedBy' | 'recordedAt'>;
export type CheckInput = S['CheckRequest'];

export async function getLines(aiSystemId: number, signal?: AbortSignal) {
  const r = await api.GET('/api/monitoring-lines', { params: { query: { aiSystemId, size: 200 } }, signal });
  return body(r).items as MonitoringLine[];
}

export async function getLine(id: number) {
  const r = await api.GET('/api/monitoring-lines/{id}', { params: { path: { id } } });
  return { value: body(r) as MonitoringLine, etag: etagOf(r.response) };
}

export async function saveLine(input: MonitoringLineInput, id?: number, etag?: string) {
  if (id === undefined) return body(await api.POST('/api/monitoring-lines', { body: input })) as MonitoringLine;
  const r = await api.PUT('/api/monitoring-lines/{id}', {
    params: { path: { id }, header: { 'If-Match': etag ?? '' } },
    body: input,
  });
  return body(r) as MonitoringLine;
}

export async function deleteLine(id: number, etag: string) {
  await api.DELETE('/api/monitoring-lines/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
}

/** Every check of a line, oldest period first (what the chart and its table show). */
export async function getChecks(lineId: number, signal?: AbortSignal) {
  const r = await api.GET('/api/monitoring-lines/{id}/checks', {
    params: { path: { id: lineId }, query: { size: 200, sort: 'periodEnd' } },
    signal,
  });
  return body(r).items as MonitoringCheck[];
}

export async function postCheck(lineId: number, input: CheckInput) {
  return body(await api.POST('/api/monitoring-lines/{id}/checks', { params: { path: { id: lineId } }, body: input })) as MonitoringCheck;
}

/** A check as CSV text (a chosen file or a pasted table): the server reads and checks it. */
export async function postCsvCheck(lineId: number, periodStart: string, periodEnd: string, csv: string | Blob) {
  const r = await api.POST('/api/monitoring-lines/{id}/checks/csv', {
    params: { path: { id: lineId }, query: { periodStart, periodEnd } },
    body: csv as string,
    // the file's bytes as they are: the server checks the encoding
    bodySerializer: () => csv,
    headers: { 'Content-Type': 'text/csv' },
  });
  return body(r) as MonitoringCheck;
}
