import { api, body } from '../../api/client';

/** What needs doing: per owner of monitoring lines, the overdue lines and the unresolved alerts. */
export async function getTodo(signal: AbortSignal) {
  return body(await api.GET('/api/monitoring/todo', { signal }));
}

/** The latest unresolved alerts (open or taken in hand), most recent breach first, and how many there are. */
export async function getUnresolvedAlerts(size: number, signal: AbortSignal) {
  return body(await api.GET('/api/monitoring-alerts', {
    params: { query: { status: 'UNRESOLVED', sort: '-lastBreachAt', size } },
    signal,
  }));
}
