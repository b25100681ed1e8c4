import { Link } from 'react-router';
import { getRegisterOverview } from '../../../api/overview';
import type { RegisterChange } from '../../../api/types';
import { Breakdown, registerListOf } from '../../../components/breakdown';
import { LoadError, Loading } from '../../../components/feedback';
import { FigureLink, Panel } from '../../../components/panel';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { routeTone, statusTone } from '../display';
import { enumLabel } from '../enum-options';

/** The register list showing what a figure counts (the query comes with the figure). */
const listOf = registerListOf;

function Change({ change }: { change: RegisterChange }) {
  const { m, dateTime } = useI18n();
  const labels = m.aiSystem.fields as Record<string, string>;
  const fields = change.action === 'UPDATED'
    ? (change.fields ?? []).map((f) => labels[f === 'establishments' ? 'establishmentIds' : f]).filter(Boolean)
    : [];
  const what = change.action ? m.history.headings[change.action] : '';
  return (
    <li>
      {change.deleted ? (
        <span className="recent-name">
          {change.name} <span className="muted">({m.registerPanel.deleted})</span>
        </span>
      ) : (
        <Link className="recent-name" to={`/registre/${change.aiSystemId}`}>{change.name}</Link>
      )}
      <span className="muted"> — {m.registerPanel.change(what, change.actor ?? '', dateTime(change.occurredAt))}</span>
      {fields.length > 0 && (
        <span className="recent-fields">
          {fields.slice(0, 3).join(', ')}
          {fields.length > 3 && ` ${m.registerPanel.moreFields(fields.length - 3)}`}
        </span>
      )}
    </li>
  );
}

/** The register at a glance: every figure is a link to the list that shows exactly those systems. */
export function RegisterHomePanel() {
  const { m } = useI18n();
  const p = m.registerPanel;
  const overview = useApiQuery((signal) => getRegisterOverview(signal), 'overview');
  const o = overview.data;
  return (
    <Panel id="register-panel" title={p.title} action={{ to: '/registre', label: p.open }}>
      {overview.loading && !o && <Loading />}
      {overview.error && <LoadError error={overview.error} onRetry={overview.reload} />}
      {o && !overview.error && (
        <>
          <p className="panel-total">
            <FigureLink to={listOf(o.all?.query)} count={o.all?.count ?? 0} label={p.all(o.all?.count ?? 0)} />
          </p>
          <h3>{p.attention}</h3>
          <ul className="figures">
            <li><FigureLink alert to={listOf(o.reviewOverdue?.query)} count={o.reviewOverdue?.count ?? 0}
              label={p.reviewOverdue(o.reviewOverdue?.count ?? 0)} /></li>
            <li><FigureLink to={listOf(o.reviewDueSoon?.query)} count={o.reviewDueSoon?.count ?? 0}
              label={p.reviewDueSoon(o.reviewDueSoon?.count ?? 0)} /></li>
            <li><FigureLink alert to={listOf(o.dpiaMissing?.query)} count={o.dpiaMissing?.count ?? 0}
              label={p.dpiaMissing(o.dpiaMissing?.count ?? 0)} hint={p.dpiaRule} /></li>
            <li><FigureLink alert to={listOf(o.ownerMissing?.query)} count={o.ownerMissing?.count ?? 0}
              label={p.ownerMissing(o.ownerMissing?.count ?? 0)} /></li>
          </ul>
          <div className="panel-columns">
            <Breakdown title={m.register.columns.status} rows={(o.byStatus ?? []).map((f) => ({
              key: f.status ?? '', query: f.query, count: f.count ?? 0,
              label: enumLabel(m, 'status', f.status), tone: statusTone(f.status),
            }))} />
            <Breakdown title={m.register.columns.aiActRoute} rows={(o.byAiActRoute ?? []).map((f) => ({
              key: f.aiActRoute ?? '', query: f.query, count: f.count ?? 0,
              label: enumLabel(m, 'aiActRoute', f.aiActRoute), tone: routeTone(f.aiActRoute),
            }))} />
          </div>
          <h3>{p.recent}</h3>
          {(o.recentChanges ?? []).length === 0 ? (
            <p className="muted">{p.noRecent}</p>
          ) : (
            <ol className="recent">
              {(o.recentChanges ?? []).map((c, i) => <Change key={`${c.aiSystemId}-${i}`} change={c} />)}
            </ol>
          )}
        </>
      )}
    </Panel>
  );
}
