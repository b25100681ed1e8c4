import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, body, etagOf } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { Establishment } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { problemMessage } from '../../../lib/problem-message';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { EstablishmentSystems } from './establishment-systems';

type Action = 'archive' | 'restore' | 'delete';

async function load(id: number, signal: AbortSignal) {
  const r = await api.GET('/api/establishments/{id}', { params: { path: { id } }, signal });
  return { value: body(r), etag: etagOf(r.response) };
}

/** One establishment: what identifies it, the AI systems deployed there, archive and delete. */
export function EstablishmentViewPage() {
  const { m } = useI18n();
  const e = m.establishments;
  const { can } = useSession();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const query = useApiQuery((signal) => load(id, signal), String(id));
  const [action, setAction] = useState<Action>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const writable = can('establishments:write');

  if (query.loading && !query.data) return <Loading />;
  if (query.error || !query.data) {
    return (
      <>
        <PageTitle title={m.errors.title}>{m.errors.title}</PageTitle>
        {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      </>
    );
  }
  const x: Establishment = query.data.value;
  const name = x.name ?? '';

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    const headers = { 'If-Match': query.data!.etag };
    try {
      if (action === 'delete') {
        await api.DELETE('/api/establishments/{id}', { params: { path: { id }, header: headers } });
        navigate('/etablissements', { state: { flash: e.deleted(name) } });
        return;
      }
      const input = { name, shortName: x.shortName ?? '', finess: x.finess ?? '', type: x.type!, archived: action === 'archive' };
      await api.PUT('/api/establishments/{id}', { params: { path: { id }, header: headers }, body: input });
      setDone(action === 'archive' ? e.archivedDone : e.restoredDone);
      setAction(undefined);
      query.reload();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err.status === 412 ? e.stale : problemMessage(m, err));
    } finally {
      setBusy(false);
    }
  };
  const open = (next: Action) => {
    setDone(undefined);
    setError(undefined);
    setAction(next);
  };
  const dialog = {
    archive: { title: e.archiveTitle(name), text: e.archiveText, confirm: e.archiveConfirm },
    restore: { title: e.restoreTitle(name), text: e.restoreText, confirm: e.restoreConfirm },
    delete: { title: e.deleteTitle(name), text: e.deleteText, confirm: e.deleteConfirm },
  }[action ?? 'archive'];

  return (
    <>
      <p>
        <Link to="/etablissements">← {e.back}</Link>
      </p>
      <div className="page-head">
        <PageTitle title={name}>
          {name} {x.archived && <Badge tone="muted">{e.archived}</Badge>}
        </PageTitle>
        {writable && (
          <div className="actions" role="group" aria-label={e.actions}>
            <Link className="button" to={`/etablissements/${id}/modifier`}>{m.common.edit}</Link>
            <button type="button" className="secondary" onClick={() => open(x.archived ? 'restore' : 'archive')}>
              {x.archived ? e.restore : e.archive}
            </button>
            <button type="button" className="secondary danger-text" onClick={() => open('delete')}>{e.delete}</button>
          </div>
        )}
      </div>
      {(flash || done) && <Notice kind="success">{done ?? flash}</Notice>}
      {x.archived && <Notice kind="info">{e.archivedNotice}</Notice>}
      <section aria-labelledby="est-details" className="sheet-section">
        <h2 id="est-details">{e.details}</h2>
        <dl className="sheet">
          {([
            [e.fields.name, name],
            [e.fields.shortName, x.shortName],
            [e.fields.finess, x.finess],
            [e.fields.type, x.type ? e.types[x.type] : ''],
            [e.state, x.archived ? e.archived : e.active],
          ] as const).map(([label, value]) => (
            <div key={label} className="sheet-row">
              <dt>{label}</dt>
              <dd>{value || m.common.empty}</dd>
            </div>
          ))}
        </dl>
      </section>
      <EstablishmentSystems id={id} />
      <ConfirmDialog open={action !== undefined} title={dialog.title} confirmLabel={dialog.confirm}
        cancelLabel={m.common.cancel} danger={action === 'delete'} busy={busy} error={error}
        onConfirm={() => void confirm()} onCancel={() => setAction(undefined)}>
        <p>{dialog.text}</p>
      </ConfirmDialog>
    </>
  );
}
