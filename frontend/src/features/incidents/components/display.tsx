import type { IncidentDuty, IncidentStatus } from '../../../api/types';
import { Badge, type BadgeTone } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';
import { countdown, countdownText } from '../countdown';
import { parisDateTime } from '../paris-time';

export function statusTone(status: IncidentStatus | undefined): BadgeTone {
  return status === 'OPEN' ? 'warning' : status === 'NOTIFIED' ? 'info' : 'muted';
}

/** A duty's deadline: the Paris time, "immediately" or "no deadline", and for a duty to do, the time left or late. */
export function DutyDeadline({ duty, now }: { duty: IncidentDuty; now: number }) {
  const { m, lang } = useI18n();
  const t = m.incidents;
  if (!duty.deadlineAt) {
    return <span className="muted">{duty.automatic ? m.common.empty : t.page.noDeadline}</span>;
  }
  const when = parisDateTime(lang, duty.deadlineAt);
  const c = countdown(duty.deadlineAt, now);
  return (
    <span className="duty-deadline">
      <span>{duty.deadlineAmount === 0 ? `${t.page.immediate} (${when})` : when}</span>
      {duty.state === 'TO_DO' && (
        <>
          {' '}
          <Badge tone={c.overdue ? 'danger' : duty.dueSoon ? 'warning' : 'neutral'}>
            {countdownText(c, t.countdown)}
          </Badge>
        </>
      )}
    </span>
  );
}
