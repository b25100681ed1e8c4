import { LoadError, Loading } from '../../../components/feedback';
import { useApiQuery } from '../../../lib/use-api-query';
import { getUseCaseHistory } from '../api';
import { useUseCaseMessages } from '../messages';

/** The audit trail of the card: who changed which field, before and after. */
export function ChangesPanel({ id, version }: { id: number; version: number }) {
  const { t, m, dateTime } = useUseCaseMessages();
  const query = useApiQuery((signal) => getUseCaseHistory(id, signal), `${id}/${version}`);
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const items = query.data?.items ?? [];
  if (items.length === 0) return <p className="empty">{t.historyEmpty}</p>;
  const label = (field: string) => (t.fields as Record<string, string>)[field] ?? field;
  return (
    <ol className="history">
      {items.map((e) => (
        <li key={e.id} className="history-entry">
          <h3>{m.history.heading(m.history.headings[e.action ?? 'UPDATED'], e.actor ?? '', dateTime(e.occurredAt))}</h3>
          <ul className="change-list">
            {(e.changes ?? []).map((c, i) => (
              <li key={`${c.field}-${i}`} className="prewrap">
                {c.before == null ? m.history.added(label(c.field ?? ''), c.after ?? '')
                  : c.after == null ? m.history.removed(label(c.field ?? ''), c.before)
                  : m.history.changed(label(c.field ?? ''), c.before, c.after)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
