import { Badge, type BadgeTone } from '../../../components/badge';
import type { MonitoringCheck } from '../api';
import { TableRegion } from './table-region';
import { useMonitoringMessages, type Severity } from '../messages';
import { alertOf } from './check-chart';

export const SEVERITY_TONE: Record<Severity, BadgeTone> = {
  NONE: 'success',
  MODERATE: 'warning',
  SIGNIFICANT: 'danger',
  INSUFFICIENT_DATA: 'muted',
};

/** The recorded checks, newest last as on the chart: the chart's text alternative and the history. */
export function ChecksTable({ checks }: { checks: MonitoringCheck[] }) {
  const { t, lang, date, dateTime } = useMonitoringMessages();
  const c = t.historyColumns;
  const number = (n: number | null | undefined) =>
    n == null ? '—' : n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumSignificantDigits: 4 });
  return (
    <TableRegion label={t.historyTitle}>
      <table className="stacked">
        <caption>{t.historyTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{c.period}</th>
            <th scope="col">{c.figure}</th>
            <th scope="col">{c.value}</th>
            <th scope="col">{c.severity}</th>
            <th scope="col">{c.alert}</th>
            <th scope="col">{c.recorded}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <tr key={check.id}>
              <th scope="row">{t.period(date(check.periodStart), date(check.periodEnd))}</th>
              <td data-label={c.figure}>{check.primaryFigure}</td>
              <td data-label={c.value}>{number(check.primaryValue)}</td>
              <td data-label={c.severity}><Badge tone={SEVERITY_TONE[check.severity]}>{t.severities[check.severity]}</Badge></td>
              <td data-label={c.alert}>{alertOf(check) !== null ? <Badge tone="danger">{t.alertMark(alertOf(check)!)}</Badge> : '—'}</td>
              <td data-label={c.recorded}>{check.recordedBy} {dateTime(check.recordedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
