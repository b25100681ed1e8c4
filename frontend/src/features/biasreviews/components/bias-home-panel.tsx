import { Link } from 'react-router';
import type { BiasReviewDue } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { LoadError, Loading } from '../../../components/feedback';
import { Panel } from '../../../components/panel';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { getDueBiasReviews } from '../api';

/** The horizon of the panel, in days (as the register's "review due soon"). */
const WITHIN_DAYS = 30;
const SHOWN = 6;

function DueItem({ due }: { due: BiasReviewDue }) {
  const { m, date } = useI18n();
  const p = m.biasReviews.panel;
  const days = due.daysLeft ?? 0;
  return (
    <li>
      <Link className="recent-name" to={`/registre/${due.aiSystemId}?onglet=biais`}>{due.aiSystemName}</Link>{' '}
      <Badge tone={due.overdue ? 'danger' : 'warning'}>{due.overdue ? p.late(-days) : p.inDays(days)}</Badge>{' '}
      <span className="small">{p.dueOn(date(due.nextReviewOn), date(due.reviewedOn))}</span>
    </li>
  );
}

/**
 * Bias reviews to do again: the AI systems in use whose latest review in force falls due within 30 days or is
 * overdue, soonest first, each a link to its bias review tab.
 */
export function BiasHomePanel() {
  const { m } = useI18n();
  const p = m.biasReviews.panel;
  const due = useApiQuery((signal) => getDueBiasReviews(WITHIN_DAYS, SHOWN, signal), 'bias-reviews-due');
  const d = due.data;
  const more = (d?.total ?? 0) - (d?.items ?? []).length;
  return (
    <Panel id="bias-panel" title={p.title}>
      {due.loading && !d && <Loading />}
      {due.error && <LoadError error={due.error} onRetry={due.reload} />}
      {d && !due.error && (
        <>
          <p>{p.intro(WITHIN_DAYS)}</p>
          {(d.items ?? []).length === 0 ? (
            <p className="muted">{p.none}</p>
          ) : (
            <ol className="recent">
              {(d.items ?? []).map((item) => <DueItem key={item.reviewId} due={item} />)}
            </ol>
          )}
          {more > 0 && <p className="small">{p.more(more)}</p>}
        </>
      )}
    </Panel>
  );
}
