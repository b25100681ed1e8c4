import { useState } from 'react';
import type { HistoryEntry } from '../../../api/types';
import { LoadError, Loading } from '../../../components/feedback';
import { Pager } from '../../../components/pager';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { getHistory } from '../api';
import { enumLabel } from '../enum-options';
import { specOf, type FieldName } from '../field-specs';

/** The history names some fields as the DTO does (`establishments` for `establishmentIds`). */
const ALIASES: Record<string, FieldName> = { establishments: 'establishmentIds' };
const LISTS = new Set(['multi', 'establishments', 'tags']);

type Change = NonNullable<HistoryEntry['changes']>[number];

/** Each change of the audit trail as a sentence, with the form's labels and the enum labels. */
function useChangeSentence() {
  const { m, date } = useI18n();
  const h = m.history;
  const spec = (field: string) => specOf(ALIASES[field] ?? field);
  const label = (field: string) => {
    const s = spec(field);
    return s ? m.aiSystem.fields[s.name] : (h.otherFields[field] ?? field);
  };
  const one = (field: string, raw: string) => {
    const s = spec(field);
    if (raw === 'true' || raw === 'false') return raw === 'true' ? m.common.yes : m.common.no;
    switch (s?.kind) {
      case 'select':
      case 'medicalDevice':
      case 'multi':
        return enumLabel(m, s.enumName, raw);
      case 'date':
        return date(raw);
      default:
        return raw;
    }
  };
  const items = (field: string, raw: string | null | undefined) =>
    !raw ? [] : LISTS.has(spec(field)?.kind ?? '') ? raw.split(/,\s*/).map((v) => one(field, v)) : [one(field, raw)];

  return ({ field = '', before, after }: Change): string => {
    const was = items(field, before);
    const is = items(field, after);
    if (LISTS.has(spec(field)?.kind ?? '')) {
      const added = is.filter((v) => !was.includes(v));
      const removed = was.filter((v) => !is.includes(v));
      return h.listChanged(label(field), added.length ? h.quoted(added) : '', removed.length ? h.quoted(removed) : '');
    }
    if (was.length === 0) return h.added(label(field), is.join(', '));
    if (is.length === 0) return h.removed(label(field), was.join(', '));
    return h.changed(label(field), was.join(', '), is.join(', '));
  };
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { m, dateTime } = useI18n();
  const sentence = useChangeSentence();
  const changes = entry.changes ?? [];
  const action = entry.action ?? 'UPDATED';
  const heading = m.history.heading(m.history.headings[action], entry.actor ?? '', dateTime(entry.occurredAt));
  const list = (
    <ul className="change-list">
      {changes.map((c, i) => (
        <li key={`${c.field}-${i}`} className="prewrap">{sentence(c)}</li>
      ))}
    </ul>
  );
  return (
    <li className="history-entry">
      <h3>{heading}</h3>
      {changes.length === 0 ? (
        <p className="muted">{m.history.noDetail}</p>
      ) : action === 'UPDATED' ? (
        list
      ) : (
        <details>
          <summary>{m.history.initialValues(changes.length)}</summary>
          {list}
        </details>
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
