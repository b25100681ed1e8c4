import type { AiSystem } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';
import { completeness, isComplete } from '../completeness';
import { statusTone, routeTone } from '../display';
import type { FormValues } from '../field-specs';
import { MonitoringStatusBadge } from './monitoring-status-badge';

/** The head of a record: status, AI Act regime, owner, next review, monitoring status and completeness at a glance. */
export function DetailSummary({ system, values }: { system: AiSystem; values: FormValues }) {
  const { m, date } = useI18n();
  const d = m.detail;
  const progress = completeness(values);
  const incomplete = progress.sections.filter((s) => !isComplete(s));
  return (
    <section aria-label={d.summary} className="summary-card">
      <dl>
        <div>
          <dt>{m.aiSystem.fields.status}</dt>
          <dd>
            {system.status && <Badge tone={statusTone(system.status)}>{m.enums.status[system.status]}</Badge>}{' '}
            {system.statusChangedOn && <span className="muted">{d.statusSince(date(system.statusChangedOn))}</span>}
          </dd>
        </div>
        <div>
          <dt>{m.aiSystem.fields.aiActRoute}</dt>
          <dd>{system.aiActRoute && <Badge tone={routeTone(system.aiActRoute)}>{m.enums.aiActRoute[system.aiActRoute]}</Badge>}</dd>
        </div>
        <div>
          <dt>{d.owner}</dt>
          <dd>{system.accountableOwner}</dd>
        </div>
        <div>
          <dt>{d.nextReview}</dt>
          <dd>
            {date(system.nextReviewDate) || d.noReview}
            {system.reviewOverdue && <> <Badge tone="warning">{m.register.overdue}</Badge></>}
          </dd>
        </div>
        <div>
          <dt>{m.monitoringStatus.label}</dt>
          <dd>
            <MonitoringStatusBadge status={system.monitoringStatus} />
          </dd>
        </div>
        <div className="completeness">
          <dt>{d.completeness}</dt>
          <dd>
            <meter min={0} max={progress.total} value={progress.complete} aria-hidden="true" />{' '}
            {d.completenessValue(progress.complete, progress.total)}
            {incomplete.length > 0 && ' – '}
            {incomplete.length > 0 && (
              <span className="muted small">
                {d.toComplete} : {incomplete.map((s) => m.aiSystem.sections[s.id]).join(', ')}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
