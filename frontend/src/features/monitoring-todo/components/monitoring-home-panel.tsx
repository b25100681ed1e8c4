import { Link } from 'react-router';
import { getRegisterOverview } from '../../../api/overview';
import type { AlertDto } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { Breakdown, registerListOf } from '../../../components/breakdown';
import { LoadError, Loading } from '../../../components/feedback';
import { FigureLink, Panel } from '../../../components/panel';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { monitoringTone } from '../../aisystems/display';
import { getUnresolvedAlerts } from '../api';

/** How many unresolved alerts the panel lists (the figure counts them all). */
const SHOWN_ALERTS = 5;

function AlertItem({ alert }: { alert: AlertDto }) {
  const { m, dateTime } = useI18n();
  const t = m.todo;
  return (
    <li>
      <Link className="recent-name" to={`/registre/${alert.aiSystemId}?onglet=surveillance`}>
        {alert.aiSystemName}
      </Link>
      <span className="muted"> — {alert.lineName}</span>{' '}
      <Badge tone={alert.severity === 'SIGNIFICANT' ? 'danger' : 'warning'}>
        {alert.severity ? t.severities[alert.severity] : ''}
      </Badge>{' '}
      <span className="small">
        {alert.status ? t.statuses[alert.status] : ''}
        {alert.lastBreachAt ? `, ${m.monitoringPanel.lastBreach(dateTime(alert.lastBreachAt))}` : ''}
      </span>
    </li>
  );
}

/**
 * Monitoring at a glance: the AI systems per monitoring status (each a link to the register list
 * filtered on it), the unresolved alerts with the latest ones, and the way to the to-do page.
 */
export function MonitoringHomePanel() {
  const { m } = useI18n();
  const p = m.monitoringPanel;
  const overview = useApiQuery((signal) => getRegisterOverview(signal), 'overview');
  const alerts = useApiQuery((signal) => getUnresolvedAlerts(SHOWN_ALERTS, signal), 'unresolved-alerts');
  const error = overview.error ?? alerts.error;
  const retry = () => {
    overview.reload();
    alerts.reload();
  };
  const o = overview.data;
  const a = alerts.data;
  const unresolved = a?.total ?? 0;
  return (
    <Panel id="monitoring-panel" title={p.title} action={{ to: '/a-faire', label: p.open }}>
      {(overview.loading || alerts.loading) && !(o && a) && <Loading />}
      {error && <LoadError error={error} onRetry={retry} />}
      {o && a && !error && (
        <>
          <ul className="figures">
            <li><FigureLink alert to="/a-faire" count={unresolved} label={p.unresolved(unresolved)} /></li>
          </ul>
          <div className="panel-columns">
            <Breakdown title={m.monitoringStatus.label} rows={(o.byMonitoringStatus ?? []).map((f) => ({
              key: f.level ?? 'NONE', query: f.query, count: f.count ?? 0,
              label: m.monitoringStatus.levels[f.level ?? 'NONE'], tone: monitoringTone(f.level ?? 'NONE'),
            }))} />
          </div>
          <h3>{p.latest}</h3>
          {(a.items ?? []).length === 0 ? (
            <p className="muted">{p.noAlert}</p>
          ) : (
            <ol className="recent">
              {(a.items ?? []).map((alert) => <AlertItem key={alert.id} alert={alert} />)}
            </ol>
          )}
          <p className="small">
            <Link to={registerListOf('monitoringStatus=NONE')}>{p.withoutPlan}</Link>
          </p>
        </>
      )}
    </Panel>
  );
}
