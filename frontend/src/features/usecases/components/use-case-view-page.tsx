import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { PageTitle } from '../../../components/page-title';
import { Tabs } from '../../../components/tabs';
import { problemMessage } from '../../../lib/problem-message';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { deleteUseCase, getUseCase } from '../api';
import { useUseCaseMessages } from '../messages';
import { CardSheet } from './card-sheet';
import { ChangesPanel } from './changes-panel';
import { CreateSystem } from './create-system';
import { StageBadge } from './stage-badge';
import { StageControl } from './stage-control';
import { StagesPanel } from './stages-panel';

const TABS = ['etapes', 'historique'];

export function UseCaseViewPage() {
  const { t, m, dateTime, lang } = useUseCaseMessages();
  const { can, state } = useSession();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const initialFlash = (useLocation().state as { flash?: string } | null)?.flash;
  const [flash, setFlash] = useState(initialFlash);
  const [confirm, setConfirm] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const query = useApiQuery((signal) => getUseCase(id, signal), String(id));
  const useCase = query.data?.value;
  const etag = query.data?.etag ?? '';
  const tab = params.get('onglet') ?? '';
  const user = state.status === 'signed-in' ? state.user : undefined;
  const mine = useCase?.submittedBy === user?.username;
  const editable = can('use-cases:manage') || (mine && useCase?.stage === 'IDENTIFIED' && can('use-cases:propose'));
  const after = (message: string) => {
    setFlash(message);
    query.reload();
  };
  const remove = async () => {
    try {
      await deleteUseCase(id, etag);
      navigate('/cas-usage', { state: { flash: t.deleted } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setDeleteError(problemMessage(m, e));
    }
  };

  return (
    <>
      <p><Link to="/cas-usage">← {t.back}</Link></p>
      {query.loading && !useCase && <Loading />}
      {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      {useCase && !query.error && (
        <>
          <div className="page-head">
            <PageTitle title={useCase.title ?? ''}>{useCase.title}</PageTitle>
            <div className="actions">
              <a className="button secondary" href={`/api/use-cases/${id}/card.pdf`}>{t.pdf}</a>
              <Link className="button secondary" to={`/cas-usage/${id}/cotation`}>{lang === 'en' ? 'Rating and scores' : 'Cotation et scores'}</Link>
              {editable && <Link className="button" to={`/cas-usage/${id}/modifier`}>{m.common.edit}</Link>}
              {editable && <button type="button" className="secondary danger-text" onClick={() => setConfirm(true)}>{t.delete}</button>}
            </div>
          </div>
          <p>{useCase.stage && <StageBadge stage={useCase.stage} />} <span className="muted">{m.detail.updated(dateTime(useCase.updatedAt))}</span></p>
          {flash && <Notice kind="success">{flash}</Notice>}
          {can('use-cases:manage') && <StageControl key={etag} useCase={useCase} etag={etag} onMoved={after} />}
          {can('use-cases:register') && (useCase.aiSystems ?? []).length === 0 && (
            <CreateSystem useCase={useCase} etag={etag} onCreated={after} />
          )}
          <Tabs label={t.tabs.label} selected={TABS.includes(tab) ? tab : 'fiche'}
            onSelect={(next) => setParams(TABS.includes(next) ? { onglet: next } : {}, { replace: true })}
            tabs={[
              { id: 'fiche', label: t.tabs.card, panel: <CardSheet useCase={useCase} /> },
              { id: 'etapes', label: t.tabs.stages, panel: <StagesPanel id={id} version={useCase.version} /> },
              { id: 'historique', label: t.tabs.history, panel: <ChangesPanel id={id} version={useCase.version} /> },
            ]} />
          <ConfirmDialog open={confirm} title={t.deleteTitle(useCase.title ?? '')} confirmLabel={t.delete}
            cancelLabel={m.common.cancel} danger onConfirm={remove} error={deleteError}
            onCancel={() => { setConfirm(false); setDeleteError(undefined); }}>
            <p>{t.deleteText}</p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
