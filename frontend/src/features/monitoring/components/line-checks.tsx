import { LoadError, Loading } from '../../../components/feedback';
import { useApiQuery } from '../../../lib/use-api-query';
import { getChecks, type MonitoringCheck, type MonitoringLine } from '../api';
import { useMonitoringMessages } from '../messages';
import { CheckChart } from './check-chart';
import { CheckForm } from './check-form';
import { ChecksTable } from './checks-table';

/** One line's checks: the chart, its table (history and text alternative) and, for writers, a new check. */
export function LineChecks({ line, writable, refreshKey, onRecorded, onClose }: {
  line: MonitoringLine;
  writable: boolean;
  refreshKey: number;
  onRecorded: (check: MonitoringCheck) => void;
  onClose: () => void;
}) {
  const { t } = useMonitoringMessages();
  const checks = useApiQuery((signal) => getChecks(line.id, signal), `${line.id}/${refreshKey}`);
  const items = checks.data ?? [];
  return (
    <section className="sheet-section line-checks" aria-labelledby="line-checks-title">
      <div className="page-head">
        <h2 id="line-checks-title">{t.checksTitle(line.name)}</h2>
        <button type="button" className="secondary" onClick={onClose}>{t.closeLine}</button>
      </div>
      {checks.loading && !checks.data && <Loading />}
      {checks.error && <LoadError error={checks.error} onRetry={checks.reload} />}
      {checks.data && items.length === 0 && <p className="empty">{t.noChecks}</p>}
      {items.length > 0 && (
        <>
          <CheckChart checks={items} />
          <ChecksTable checks={items} />
        </>
      )}
      {writable && <CheckForm key={line.id} line={line} onRecorded={onRecorded} />}
    </section>
  );
}
