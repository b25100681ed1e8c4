import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../../components/badge';
import { LoadError, Loading } from '../../../components/feedback';
import { CheckboxField, SelectField } from '../../../components/fields';
import { PageTitle } from '../../../components/page-title';
import { Pager } from '../../../components/pager';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { exportHref, listIncidents, listSystemChoices, type IncidentFilters } from '../api';
import { parisDateTime } from '../paris-time';
import { statusTone } from './display';

/** The incident register: filters in the address bar, the list, the log exports. */
export function IncidentsPage() {
  const { m, lang } = useI18n();
  const t = m.incidents;
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = useMemo<IncidentFilters>(() => {
    const p = new URLSearchParams(search);
    return { aiSystemId: p.get('aiSystemId') ?? '', status: p.get('status') ?? '', open: p.get('open') === 'true',
      page: Math.max(0, Number(p.get('page') ?? 0) || 0) };
  }, [search]);
  const apply = (next: IncidentFilters) => {
    const q = new URLSearchParams();
    if (next.aiSystemId) q.set('aiSystemId', next.aiSystemId);
    if (next.status) q.set('status', next.status);
    if (next.open) q.set('open', 'true');
    if (next.page) q.set('page', String(next.page));
    setParams(q);
  };
  const list = useApiQuery((signal) => listIncidents(filters, signal), search);
  const systems = useApiQuery((signal) => listSystemChoices(signal), 'incident-systems');
  const items = list.data?.items ?? [];

  return (
    <>
      <div className="page-head">
        <PageTitle title={t.title}>{t.title}</PageTitle>
        {can('incidents:declare') && (
          <Link className="button" to="/incidents/nouveau">{t.declare}</Link>
        )}
      </div>
      <p className="intro">{t.intro}</p>
      <form className="filters incident-filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="incident-filter-system" label={t.filterSystem} value={filters.aiSystemId}
          emptyLabel={t.anySystem}
          options={(systems.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name ?? '' }))}
          onChange={(v) => apply({ ...filters, aiSystemId: v, page: 0 })} />
        <SelectField id="incident-filter-status" label={t.filterStatus} value={filters.status} emptyLabel={t.anyStatus}
          options={(['OPEN', 'NOTIFIED', 'CLOSED'] as const).map((s) => ({ value: s, label: t.statuses[s] }))}
          onChange={(v) => apply({ ...filters, status: v, page: 0 })} />
        <CheckboxField id="incident-filter-open" label={t.openOnly} checked={filters.open}
          onChange={(v) => apply({ ...filters, open: v, page: 0 })} />
      </form>
      <section aria-labelledby="incidents-count" className="results">
        <div className="results-head">
          <p id="incidents-count" role="status">{list.data ? t.total(list.data.total ?? 0) : ''}</p>
          <div className="exports" role="group" aria-label={m.register.export}>
            <a className="button secondary" href={exportHref('pdf', lang, filters)} download>{t.exportPdf}</a>
            <a className="button secondary" href={exportHref('xlsx', lang, filters)} download>{t.exportXlsx}</a>
          </div>
        </div>
        {list.loading && !list.data && <Loading />}
        {list.error && <LoadError error={list.error} onRetry={list.reload} />}
        {list.data && !list.error && (items.length === 0 ? <p className="empty">{t.empty}</p> : (
          <>
            <table className="register">
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.number}</th>
                  <th scope="col">{t.columns.system}</th>
                  <th scope="col">{t.columns.awareAt}</th>
                  <th scope="col">{t.columns.harm}</th>
                  <th scope="col">{t.columns.status}</th>
                  <th scope="col">{t.columns.duties}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => {
                  const duties = i.duties ?? [];
                  const todo = duties.filter((d) => d.state === 'TO_DO').length;
                  const overdue = duties.filter((d) => d.overdue).length;
                  return (
                    <tr key={i.id}>
                      <td><Link to={`/incidents/${i.id}`}>{i.id}</Link></td>
                      <td>
                        <Link to={`/incidents/${i.id}`}>{i.aiSystemName}</Link>
                        {i.demo && <> <Badge tone="muted">{m.common.demo}</Badge></>}
                      </td>
                      <td>{parisDateTime(lang, i.awareAt)}</td>
                      <td>{i.harm ? t.harms[i.harm] : ''}
                        {i.healthConsequence && i.healthConsequence !== 'NONE' && <> – {t.health[i.healthConsequence]}</>}
                      </td>
                      <td><Badge tone={statusTone(i.status)}>{i.status ? t.statuses[i.status] : ''}</Badge></td>
                      <td className={overdue > 0 ? 'danger-text' : undefined}>{t.dutySummary(todo, overdue)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <Pager page={filters.page} size={20} total={list.data.total ?? 0}
              onPage={(page) => apply({ ...filters, page })} />
          </>
        ))}
      </section>
    </>
  );
}
