import { api, body } from '../../api/client';

/** What needs doing: per owner of monitoring lines, the overdue lines and the unresolved alerts. */
export async function getTodo(signal: AbortSignal) {
  return body(await api.GET('/api/monitoring/todo', { signal }));
}
