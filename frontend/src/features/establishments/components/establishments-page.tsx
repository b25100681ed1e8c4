import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, body } from '../../../api/client';
import { Badge } from '../../../components/badge';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { CheckboxField, TextField } from '../../../components/fields';
import { Pager } from '../../../components/pager';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';

const SIZE = 20;

export function EstablishmentsPage() {
  const { m } = useI18n();
  const { can } = useSession();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page')) || 0);
  const withArchived = params.get('archives') === 'oui';
  const [draft, setDraft] = useState(q);
  const [draftArchived, setDraftArchived] = useState(withArchived);
  const list = useApiQuery(
    async (signal) =>
      body(await api.GET('/api/establishments', {
        params: { query: { q: q || undefined, archived: withArchived ? undefined : false, page, size: SIZE, sort: 'name' } },
        signal,
      })),
    `${q}/${page}/${withArchived}`,
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams({ ...(draft.trim() ? { q: draft.trim() } : {}), ...(draftArchived ? { archives: 'oui' } : {}) });
  };
  const writable = can('establishments:write');
  const e = m.establishments;

  return (
    <>
      <div className="page-head">
        <PageTitle title={e.title}>{e.title}</PageTitle>
        {writable && <Link className="button" to="/etablissements/nouveau">{e.create}</Link>}
      </div>
      <p className="intro">{e.intro}</p>
      {flash && <Notice kind="success">{flash}</Notice>}
      <form className="filters" role="search" aria-label={m.register.filters} onSubmit={search}>
        <TextField id="e-q" type="search" label={m.register.search} value={draft} onChange={setDraft} />
        <CheckboxField id="e-archived" label={e.showArchived} checked={draftArchived} onChange={setDraftArchived} />
        <div className="filter-actions"><button type="submit">{m.register.apply}</button></div>
      </form>
      <p role="status">{list.data ? e.total(list.data.total ?? 0) : ''}</p>
      {list.loading && !list.data && <Loading />}
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.data && !list.error && ((list.data.items ?? []).length === 0 ? (
        <p className="empty">{e.empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{e.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{e.fields.name}</th>
                <th scope="col">{e.fields.shortName}</th>
                <th scope="col">{e.fields.finess}</th>
                <th scope="col">{e.fields.type}</th>
              </tr>
            </thead>
            <tbody>
              {(list.data.items ?? []).map((x) => (
                <tr key={x.id}>
                  <th scope="row">
                    <Link to={`/etablissements/${x.id}`}>{x.name}</Link>
                    {x.archived && <> <Badge tone="muted">{e.archived}</Badge></>}
                  </th>
                  <td>{x.shortName}</td>
                  <td>{x.finess}</td>
                  <td>{x.type ? e.types[x.type] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {list.data && (
        <Pager page={page} size={SIZE} total={list.data.total ?? 0}
          onPage={(p) => setParams({ ...(q ? { q } : {}), ...(withArchived ? { archives: 'oui' } : {}), page: String(p) })} />
      )}
    </>
  );
}
