import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { PageTitle } from '../../../components/page-title';
import { Tabs } from '../../../components/tabs';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { BiasReviewsPanel } from '../../biasreviews/components/bias-reviews-panel';
import { EthicsPanel } from '../../ethics/components/ethics-panel';
import { useMonitoringTab } from '../../monitoring/components/monitoring-tab';
import { getAiSystem } from '../api';
import { toFormValues } from '../form-model';
import { DetailSheet } from './detail-sheet';
import { DetailSummary } from './detail-summary';
import { HistoryPanel } from './history-panel';
import { DemoBadge } from './register-table';

const HISTORY = 'historique';
const BIAS = 'biais';
const ETHICS = 'ethique';
const OTHER_TABS = [HISTORY, 'surveillance', BIAS, ETHICS];

export function DetailPage() {
  const { m, dateTime } = useI18n();
  const { can } = useSession();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const query = useApiQuery((signal) => getAiSystem(id, signal), String(id));
  const system = query.data?.value;
  const values = system ? toFormValues(system) : undefined;
  const monitoring = useMonitoringTab(id);
  const tab = params.get('onglet') ?? '';

  return (
    <>
      <p>
        <Link to="/registre">← {m.detail.back}</Link>
      </p>
      {query.loading && !system && <Loading />}
      {query.error && (
        <>
          <PageTitle title={m.errors.title}>{m.errors.title}</PageTitle>
          <LoadError error={query.error} onRetry={query.reload} />
        </>
      )}
      {system && values && !query.error && (
        <>
          <div className="page-head">
            <PageTitle title={system.name ?? ''}>
              {system.name} {system.demo && <DemoBadge />}
            </PageTitle>
            {can('register:write') && (
              <Link className="button" to={`/registre/${id}/modifier`}>
                {m.common.edit}
              </Link>
            )}
          </div>
          <p className="muted">{m.detail.updated(dateTime(system.updatedAt))}</p>
          {flash && <Notice kind="success">{flash}</Notice>}
          <DetailSummary system={system} values={values} />
          <Tabs
            label={m.detail.tabs}
            selected={OTHER_TABS.includes(tab) ? tab : 'fiche'}
            onSelect={(next) => setParams(OTHER_TABS.includes(next) ? { onglet: next } : {}, { replace: true })}
            tabs={[
              { id: 'fiche', label: m.detail.sheet, panel: <DetailSheet system={system} values={values} /> },
              { id: HISTORY, label: m.detail.history, panel: <HistoryPanel id={id} /> },
              monitoring,
              { id: BIAS, label: m.biasReviews.tab, panel: <BiasReviewsPanel aiSystemId={id} /> },
              { id: ETHICS, label: m.ethics.tab, panel: <EthicsPanel aiSystemId={id} /> },
            ]}
          />
        </>
      )}
    </>
  );
}
