import { useState } from 'react';
import type { HistoryEntry } from '../../../api/types';
import { LoadError, Loading } from '../../../components/feedback';
import { Pager } from '../../../components/pager';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { getHistory } from '../api';
import { enumLabel } from '../enum-options';
import { ALL_FIELDS, type FieldName } from '../field-specs';

const SPECS = new Map(ALL_FIELDS.map((f) => [f.name as string, f]));
/** The history names some fields as the DTO does (`establishments` for `establishmentIds`). */
const ALIASES: Record<string, FieldName> = { establishments: 'establishmentIds' };

/** Field names and values of the audit trail (plain strings, lists joined with ", ") for people. */
function useChangeText() {
  const { m, date } = useI18n();
  const specOf = (field: string) => SPECS.get(ALIASES[field] ?? field);
  const label = (field: string) => {
    const spec = specOf(field);
    if (spec) return m.aiSystem.fields[spec.name];
    return (m.history.otherFields as Record<string, string>)[field] ?? field;
  };
  const value = (field: string, raw: string | null | undefined) => {
    if (raw === null || raw === undefined || raw === '') return m.common.empty;
    const spec = specOf(field);
    switch (spec?.kind) {
      case 'select':
        return enumLabel(m, spec.enumName, raw);
      case 'multi':
        return raw.split(/,\s*/).map((v) => enumLabel(m, spec.enumName, v)).join(', ');
      case 'bool':
        return raw === 'true' ? m.common.yes : raw === 'false' ? m.common.no : raw;
      case 'date':
        return date(raw);
      default:
        return raw === 'true' ? m.common.yes : raw === 'false' ? m.common.no : raw;
    }
  };
  return { label, value };
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { m, dateTime } = useI18n();
  const { label, value } = useChangeText();
  const changes = entry.changes ?? [];
  return (
    <li className="history-entry">
      <h3>
        {entry.action ? m.history.actions[entry.action] : ''}
        <span className="muted"> – {m.history.entry(entry.actor ?? '', dateTime(entry.occurredAt))}</span>
      </h3>
      {changes.length === 0 ? (
        <p className="muted">{m.history.noDetail}</p>
      ) : (
        <table className="changes">
          <thead>
            <tr>
              <th scope="col">{m.history.field}</th>
              <th scope="col">{m.history.before}</th>
              <th scope="col">{m.history.after}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c, i) => (
              <tr key={`${c.field}-${i}`}>
                <th scope="row">{label(c.field ?? '')}</th>
                <td className="prewrap">{value(c.field ?? '', c.before)}</td>
                <td className="prewrap">{value(c.field ?? '', c.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

export function HistoryPanel({ id }: { id: number }) {
  const { m } = useI18n();
  const [page, setPage] = useState(0);
  const history = useApiQuery((signal) => getHistory(id, page, signal), `${id}/${page}`);
  if (history.loading && !history.data) return <Loading />;
  if (history.error) return <LoadError error={history.error} onRetry={history.reload} />;
  const items = history.data?.items ?? [];
  if (items.length === 0) return <p className="empty">{m.history.empty}</p>;
  return (
    <>
      <ol className="history">
        {items.map((entry) => (
          <Entry key={entry.id} entry={entry} />
        ))}
      </ol>
      <Pager page={page} size={history.data?.size ?? 20} total={history.data?.total ?? 0} onPage={setPage} />
    </>
  );
}
