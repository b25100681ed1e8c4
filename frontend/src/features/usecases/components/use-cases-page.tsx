import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CheckboxField, SelectField, TextField } from '../../../components/fields';
import { LoadError, Loading } from '../../../components/feedback';
import { Pager } from '../../../components/pager';
import { PageTitle } from '../../../components/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { DEFAULT_FILTERS, exportHref, listUseCases, type UseCaseFilters } from '../api';
import { STAGES, ORIGINS, useCaseFilterParams, parseUseCaseFilters } from '../filters';
import { useUseCaseMessages } from '../messages';
import { StageBadge } from './stage-badge';

const CATEGORIES = ['RPA', 'RPA_AI', 'GENERATIVE_AI', 'AGENTIC_AI', 'PREDICTIVE_ML', 'NLP', 'COMPUTER_VISION', 'OTHER'] as const;

/** The use-case list; filters, sort and page live in the address bar (bookmarkable, back button). */
export function UseCasesPage() {
  const { t, m, lang, date } = useUseCaseMessages();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = parseUseCaseFilters(params);
  const [draft, setDraft] = useState(filters);
  const key = useCaseFilterParams(filters).toString();
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setDraft(filters);
  }
  const list = useApiQuery((signal) => listUseCases(filters, signal), key);
  const apply = (next: UseCaseFilters) => setParams(useCaseFilterParams(next));
  const set = <K extends keyof UseCaseFilters>(k: K) => (v: UseCaseFilters[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply({ ...draft, page: 0 });
  };
  const items = list.data?.items ?? [];

  return (
    <>
      <div className="page-head">
        <PageTitle title={t.title}>{t.title}</PageTitle>
        <div className="actions">
          <Link className="button secondary" to="/cas-usage/tableau">{t.board}</Link>
          {can('use-cases:propose') && <Link className="button" to="/cas-usage/nouveau">{t.create}</Link>}
        </div>
      </div>
      <p className="intro">{t.intro}</p>
      <form className="filters" role="search" aria-label={t.filters} onSubmit={submit}>
        <TextField id="uc-q" label={t.search} hint={t.searchHint} type="search" value={draft.q} onChange={set('q')} />
        <SelectField id="uc-stage" label={t.fields.stage} emptyLabel={m.common.any} value={draft.stage}
          options={STAGES.map((s) => ({ value: s, label: t.stages[s] }))} onChange={set('stage')} />
        <SelectField id="uc-category" label={t.fields.category} emptyLabel={m.common.any} value={draft.category}
          options={CATEGORIES.map((c) => ({ value: c, label: m.enums.category[c] }))} onChange={set('category')} />
        <SelectField id="uc-origin" label={t.fields.origin} emptyLabel={m.common.any} value={draft.origin}
          options={ORIGINS.map((o) => ({ value: o, label: t.origins[o] }))} onChange={set('origin')} />
        <TextField id="uc-tag" label={t.tag} value={draft.tag} onChange={set('tag')} />
        <CheckboxField id="uc-mine" label={t.mine} checked={draft.mine} onChange={set('mine')} />
        <div className="filter-actions">
          <button type="submit">{t.apply}</button>
          <button type="button" className="secondary" onClick={() => apply(DEFAULT_FILTERS)}>{t.reset}</button>
        </div>
      </form>
      <section aria-labelledby="uc-count" className="results">
        <div className="results-head">
          <p id="uc-count" role="status">{list.data ? t.total(list.data.total ?? 0) : ''}</p>
          <div className="exports" role="group" aria-label={t.export}>
            <a className="button secondary" href={exportHref(filters, 'csv', lang)} download>{t.exportCsv}</a>
            <a className="button secondary" href={exportHref(filters, 'xlsx', lang)} download>{t.exportXlsx}</a>
          </div>
        </div>
        {list.loading && !list.data && <Loading />}
        {list.error && <LoadError error={list.error} onRetry={list.reload} />}
        {list.data && !list.error && (items.length === 0 ? <p className="empty">{t.empty}</p> : (
          <div className="table-wrap">
            <table className="register">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.title}</th>
                  <th scope="col">{t.columns.stage}</th>
                  <th scope="col">{t.columns.category}</th>
                  <th scope="col">{t.columns.origin}</th>
                  <th scope="col" className="num">{t.columns.hours}</th>
                  <th scope="col">{t.columns.submittedBy}</th>
                  <th scope="col">{t.columns.updatedAt}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((u) => (
                  <tr key={u.id}>
                    <td><Link to={`/cas-usage/${u.id}`}>{u.title}</Link></td>
                    <td>{u.stage && <StageBadge stage={u.stage} />}</td>
                    <td>{u.category ? m.enums.category[u.category] : m.common.empty}</td>
                    <td>{u.origin ? t.origins[u.origin] : ''}</td>
                    <td className="num">{u.estimatedHoursPerYear ?? m.common.empty}</td>
                    <td>{u.submittedBy}</td>
                    <td>{date(u.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        {list.data && (
          <Pager page={filters.page} size={filters.size} total={list.data.total ?? 0}
            onPage={(page) => apply({ ...filters, page })} />
        )}
      </section>
    </>
  );
}
