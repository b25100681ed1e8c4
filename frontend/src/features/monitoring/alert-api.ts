import { api, body } from '../../api/client';
import type { components } from '../../api/schema';

type Dto = components['schemas']['AlertDto'];
/** Fields the server always sends (the generated type marks them optional). */
export type Alert = Dto & Required<Pick<Dto, 'lineName' | 'lineOwner' | 'status' | 'severity' | 'openedAt' | 'version'>>;

/** The alerts of an AI system, newest first (unresolved and resolved). */
export async function getAlerts(aiSystemId: number, signal?: AbortSignal) {
  const r = await api.GET('/api/monitoring-alerts', {
    params: { query: { aiSystemId, size: 100, sort: '-openedAt' } },
    signal,
  });
  return body(r).items as Alert[];
}

const ifMatch = (alert: Alert) => ({ 'If-Match': `"${alert.version}"` });

export async function acknowledgeAlert(alert: Alert, comment: string) {
  const r = await api.POST('/api/monitoring-alerts/{id}/acknowledge', {
    params: { path: { id: alert.id }, header: ifMatch(alert) },
    body: { comment: comment.trim() || undefined },
  });
  return body(r) as Alert;
}

export async function resolveAlert(alert: Alert, actionTaken: string, comment: string) {
  const r = await api.POST('/api/monitoring-alerts/{id}/resolve', {
    params: { path: { id: alert.id }, header: ifMatch(alert) },
    body: { actionTaken, comment: comment.trim() || undefined },
  });
  return body(r) as Alert;
}
