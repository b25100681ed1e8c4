import { useState } from 'react';
import { Link } from 'react-router';
import { LoadError, Loading } from '../../../components/feedback';
import { FigureLink, Panel } from '../../../components/panel';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { dutiesDue } from '../api';
import { DutyDeadline } from './display';

const SHOWN = 5;

/** Incidents at a glance: reporting duties overdue and due within 48 h, the earliest first, each to its incident. */
export function IncidentsHomePanel() {
  const { m } = useI18n();
  const p = m.incidents.panel;
  const due = useApiQuery((signal) => dutiesDue(signal), 'incident-duties-due');
  const [now] = useState(() => Date.now());
  const items = due.data?.items ?? [];
  const overdue = items.filter((i) => i.duty?.overdue).length;
  const soon = items.filter((i) => i.duty?.dueSoon).length;
  return (
    <Panel id="incidents-panel" title={p.title} action={{ to: '/incidents?open=true', label: p.open }}>
      {due.loading && !due.data && <Loading />}
      {due.error && <LoadError error={due.error} onRetry={due.reload} />}
      {due.data && !due.error && (
        <>
          <ul className="figures">
            <li><FigureLink alert to="/incidents?open=true" count={overdue} label={p.overdue(overdue)} /></li>
            <li><FigureLink alert to="/incidents?open=true" count={soon} label={p.soon(soon)} /></li>
          </ul>
          {items.length === 0 ? <p className="muted">{p.nothing}</p> : (
            <ol className="recent">
              {items.slice(0, SHOWN).map((i) => (
                <li key={i.duty?.id}>
                  <Link className="recent-name" to={`/incidents/${i.incidentId}`}>{i.duty?.title}</Link>
                  <span className="muted"> — {i.aiSystemName}, {p.incident(i.incidentId ?? 0)}</span>{' '}
                  {i.duty && <DutyDeadline duty={i.duty} now={now} />}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Panel>
  );
}
