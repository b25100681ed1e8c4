import { useState } from 'react';
import { ApiError } from '../../../api/problem';
import { Badge, type BadgeTone } from '../../../components/badge';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Notice } from '../../../components/feedback';
import { TextField } from '../../../components/fields';
import { problemMessage } from '../../../lib/problem-message';
import { acknowledgeAlert, resolveAlert, type Alert } from '../alert-api';
import { TableRegion } from './table-region';
import { useMonitoringMessages, type AlertStatus } from '../messages';

const STATUS_TONE: Record<AlertStatus, BadgeTone> = { OPEN: 'danger', ACKNOWLEDGED: 'warning', RESOLVED: 'success' };

type Action = { kind: 'acknowledge' | 'resolve'; alert: Alert };

/** The alerts of the system: severity and status as badges with text; acknowledge and resolve (If-Match). */
export function AlertsPanel({ alerts, writable, onChanged }: {
  alerts: Alert[];
  writable: boolean;
  onChanged: () => void;
}) {
  const { t, m, date, dateTime } = useMonitoringMessages();
  const [action, setAction] = useState<Action>();
  const [comment, setComment] = useState('');
  const [actionTaken, setActionTaken] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const c = t.alertColumns;

  const open = (next: Action) => {
    setAction(next);
    setComment('');
    setActionTaken('');
    setError(undefined);
    setDone(undefined);
  };
  const confirm = async () => {
    if (!action) return;
    // after a conflict the list is reloaded: act on the alert as it is now
    const alert = alerts.find((a) => a.id === action.alert.id) ?? action.alert;
    if (action.kind === 'resolve' && !actionTaken.trim()) {
      setError(`${t.actionTaken} – ${t.requiredField}`);
      return;
    }
    setBusy(true);
    try {
      if (action.kind === 'acknowledge') await acknowledgeAlert(alert, comment);
      else await resolveAlert(alert, actionTaken, comment);
      setDone(action.kind === 'acknowledge' ? t.acknowledged : t.resolved);
      setAction(undefined);
      onChanged();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 412 || err.status === 409) {
        setError(t.staleAlert);
        onChanged();
      } else setError(problemMessage(m, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sheet-section" aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t.alertsTitle}</h2>
      {done && <Notice kind="success">{done}</Notice>}
      {alerts.length === 0 ? (
        <p className="empty">{t.noAlerts}</p>
      ) : (
        <TableRegion label={t.alertsTitle}>
          <table className="stacked">
            <caption className="visually-hidden">{t.alertsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{c.line}</th>
                <th scope="col">{c.severity}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.opened}</th>
                <th scope="col">{c.breaches}</th>
                <th scope="col">{c.last}</th>
                <th scope="col">{c.followUp}</th>
                {writable && <th scope="col">{c.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {alerts.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.lineName}<p className="small muted">{a.lineOwner}</p></th>
                  <td data-label={c.severity}><Badge tone={a.severity === 'SIGNIFICANT' ? 'danger' : 'warning'}>{t.alertSeverities[a.severity]}</Badge></td>
                  <td data-label={c.status}><Badge tone={STATUS_TONE[a.status]}>{t.alertStatuses[a.status]}</Badge></td>
                  <td data-label={c.opened}>{dateTime(a.openedAt)}</td>
                  <td data-label={c.breaches}>{a.breachCount}</td>
                  <td data-label={c.last}>{date(a.lastPeriodEnd)}</td>
                  <td data-label={c.followUp}>
                    {a.acknowledgedBy && <p className="small">{t.ackBy(a.acknowledgedBy, dateTime(a.acknowledgedAt))}{a.acknowledgeComment ? ` – ${a.acknowledgeComment}` : ''}</p>}
                    {a.resolvedBy && <p className="small">{t.resolvedBy(a.resolvedBy, dateTime(a.resolvedAt))}</p>}
                    {a.actionTaken && <p className="small prewrap">{t.actionTakenValue(a.actionTaken)}{a.resolveComment ? ` – ${a.resolveComment}` : ''}</p>}
                  </td>
                  {writable && (
                    <td data-label={c.actions}>
                      <div className="row-actions">
                        {a.status === 'OPEN' && (
                          <button type="button" className="secondary" aria-label={`${t.acknowledge} – ${a.lineName}`}
                            onClick={() => open({ kind: 'acknowledge', alert: a })}>{t.acknowledge}</button>
                        )}
                        {a.status !== 'RESOLVED' && (
                          <button type="button" aria-label={`${t.resolve} – ${a.lineName}`}
                            onClick={() => open({ kind: 'resolve', alert: a })}>{t.resolve}</button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <ConfirmDialog open={!!action} busy={busy} error={error} cancelLabel={m.common.cancel}
        title={action ? (action.kind === 'acknowledge' ? t.acknowledgeTitle : t.resolveTitle)(action.alert.lineName) : ''}
        confirmLabel={action?.kind === 'resolve' ? t.resolve : t.acknowledge}
        onCancel={() => setAction(undefined)} onConfirm={() => void confirm()}>
        <p>{action?.kind === 'resolve' ? t.resolveText : t.acknowledgeText}</p>
        {action?.kind === 'resolve' && (
          <TextField id="alert-action-taken" label={t.actionTaken} multiline required maxLength={2000}
            value={actionTaken} onChange={setActionTaken} />
        )}
        <TextField id="alert-comment" label={t.comment} multiline maxLength={2000} value={comment} onChange={setComment} />
      </ConfirmDialog>
    </section>
  );
}
