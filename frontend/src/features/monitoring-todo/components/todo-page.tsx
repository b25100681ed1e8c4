import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AlertDto, AlertSeverity, MonitoringTodo } from '../../../api/types';
import { Badge, type BadgeTone } from '../../../components/badge';
import { LoadError, Loading } from '../../../components/feedback';
import { SelectField } from '../../../components/fields';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { getTodo } from '../api';

type Owner = MonitoringTodo['owners'][number];
type OverdueLine = Owner['overdueLines'][number];

function severityTone(severity: AlertSeverity | undefined): BadgeTone {
  return severity === 'SIGNIFICANT' ? 'danger' : 'warning';
}

/** The record of an AI system, where its monitoring lines and alerts are dealt with. */
function systemPath(id: number | undefined) {
  return `/registre/${id}`;
}

function OverdueTable({ owner, lines }: { owner: string; lines: OverdueLine[] }) {
  const { m, date } = useI18n();
  const t = m.todo;
  return (
    <div className="table-wrap">
      <table className="stacked">
        <caption className="visually-hidden">{`${t.overdueLines} – ${owner}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t.line}</th>
            <th scope="col">{t.system}</th>
            <th scope="col">{t.dueOn}</th>
            <th scope="col">{t.late}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.lineId}>
              <th scope="row">{l.lineName}</th>
              <td data-label={t.system}><Link to={systemPath(l.aiSystemId)}>{l.aiSystemName}</Link></td>
              <td data-label={t.dueOn}>{date(l.nextDueOn)}</td>
              <td data-label={t.late}>{t.daysLate(l.daysLate ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AlertTable({ owner, alerts }: { owner: string; alerts: AlertDto[] }) {
  const { m, dateTime } = useI18n();
  const t = m.todo;
  return (
    <div className="table-wrap">
      <table className="stacked">
        <caption className="visually-hidden">{`${t.unresolvedAlerts} – ${owner}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t.line}</th>
            <th scope="col">{t.system}</th>
            <th scope="col">{t.severity}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.openedAt}</th>
            <th scope="col">{t.breaches}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.lineName}</th>
              <td data-label={t.system}><Link to={systemPath(a.aiSystemId)}>{a.aiSystemName}</Link></td>
              <td data-label={t.severity}>{a.severity && <Badge tone={severityTone(a.severity)}>{t.severities[a.severity]}</Badge>}</td>
              <td data-label={t.status}>{a.status && <Badge tone={a.status === 'OPEN' ? 'info' : 'neutral'}>{t.statuses[a.status]}</Badge>}</td>
              <td data-label={t.openedAt}>{dateTime(a.openedAt)}</td>
              <td data-label={t.breaches}>{a.breachCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Chooses one owner (kept in the address as `responsable`); applies on "Filtrer" like every filter. */
function OwnerFilter({ owners, owner, onApply }: { owners: string[]; owner: string; onApply: (o: string) => void }) {
  const { m } = useI18n();
  const [draft, setDraft] = useState(owner);
  const [shown, setShown] = useState(owner);
  if (shown !== owner) {
    setShown(owner);
    setDraft(owner);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filters" role="search" aria-label={m.register.filters} onSubmit={submit}>
      <SelectField id="todo-owner" label={m.todo.owner} emptyLabel={m.common.any} value={draft}
        options={owners.map((o) => ({ value: o, label: o }))} onChange={setDraft} />
      <div className="filter-actions"><button type="submit">{m.register.apply}</button></div>
    </form>
  );
}

/** "À faire": per owner of monitoring lines, the checks that are late and the alerts nobody has resolved. */
export function TodoPage() {
  const { m } = useI18n();
  const t = m.todo;
  const [params, setParams] = useSearchParams();
  const todo = useApiQuery((signal) => getTodo(signal), 'todo');
  const all = todo.data?.owners ?? [];
  const chosen = params.get('responsable') ?? '';
  const owner = all.some((o) => o.owner === chosen) ? chosen : '';
  const owners = owner ? all.filter((o) => o.owner === owner) : all;
  return (
    <>
      <PageTitle title={t.title}>{t.title}</PageTitle>
      <p className="intro">{t.intro}</p>
      {todo.loading && !todo.data && <Loading />}
      {todo.error && <LoadError error={todo.error} onRetry={todo.reload} />}
      {all.length > 1 && (
        <OwnerFilter owners={all.map((o) => o.owner ?? '')} owner={owner}
          onApply={(o) => setParams(o ? { responsable: o } : {})} />
      )}
      {todo.data && <p role="status">{owners.length === 0 ? t.empty : t.owners(owners.length)}</p>}
      {owners.map((o, i) => (
        <section key={o.owner} className="todo-owner" aria-labelledby={`todo-owner-${i}`}>
          <h2 id={`todo-owner-${i}`}>{o.owner}</h2>
          <h3>{t.overdueLines}</h3>
          {o.overdueLines.length === 0 ? <p className="muted">{t.noOverdue}</p>
            : <OverdueTable owner={o.owner ?? ''} lines={o.overdueLines} />}
          <h3>{t.unresolvedAlerts}</h3>
          {o.unresolvedAlerts.length === 0 ? <p className="muted">{t.noAlert}</p>
            : <AlertTable owner={o.owner ?? ''} alerts={o.unresolvedAlerts} />}
        </section>
      ))}
    </>
  );
}
