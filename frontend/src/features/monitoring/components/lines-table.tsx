import { Badge } from '../../../components/badge';
import type { MonitoringLine } from '../api';
import { TableRegion } from './table-region';
import { useMonitoringMessages } from '../messages';

/** The thresholds in force as text: "0,1 / 0,25", or the method's own rule (control charts). */
export function useThresholdText() {
  const { t, lang } = useMonitoringMessages();
  const number = (n: number) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 });
  return (line: MonitoringLine) => {
    const e = line.effectiveThresholds;
    return e?.moderate != null && e?.significant != null ? `${number(e.moderate)} / ${number(e.significant)}` : t.noBand;
  };
}

/** The lines of the plan: what is watched, how, how often, who, what is done and when it is due. */
export function LinesTable({ lines, selected, writable, onOpen, onEdit, onDelete }: {
  lines: MonitoringLine[];
  selected?: number | undefined;
  writable: boolean;
  onOpen: (line: MonitoringLine) => void;
  onEdit: (line: MonitoringLine) => void;
  onDelete: (line: MonitoringLine) => void;
}) {
  const { t, m, date } = useMonitoringMessages();
  const thresholds = useThresholdText();
  const c = t.columns;
  return (
    <TableRegion label={t.plan}>
      <table className="monitoring-lines stacked">
        <caption className="visually-hidden">{t.plan}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.method}</th>
            <th scope="col">{c.thresholds}</th>
            <th scope="col">{c.cadence}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col">{c.action}</th>
            <th scope="col">{c.nextDue}</th>
            <th scope="col">{c.actions}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id} aria-current={line.id === selected ? 'true' : undefined}>
              <th scope="row">
                {line.name}
                <p className="small muted">{t.watched[line.watchedKind]}</p>
              </th>
              <td data-label={c.method}>{t.methods[line.method]}</td>
              <td data-label={c.thresholds}>{thresholds(line)}</td>
              <td data-label={c.cadence}>{t.cadences[line.cadence]}</td>
              <td data-label={c.owner}>{line.owner}</td>
              <td data-label={c.action}>
                {t.breachActions[line.breachActionKind]}
                <p className="small muted prewrap">{line.breachAction}</p>
              </td>
              <td data-label={c.nextDue}>
                {date(line.nextDue)}{' '}
                {line.overdue ? <Badge tone="danger">{t.overdue}</Badge> : <Badge tone="success">{t.onTime}</Badge>}
              </td>
              <td data-label={c.actions}>
                <div className="row-actions">
                  <button type="button" className="secondary" onClick={() => onOpen(line)}
                    aria-label={`${t.open} – ${line.name}`}>
                    {t.open}
                  </button>
                  {writable && (
                    <>
                      <button type="button" className="secondary" onClick={() => onEdit(line)}
                        aria-label={`${t.editLine(line.name)}`}>
                        {m.common.edit}
                      </button>
                      <button type="button" className="danger" onClick={() => onDelete(line)}
                        aria-label={`${t.deleteLine} – ${line.name}`}>
                        {t.deleteLine}
                      </button>
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
