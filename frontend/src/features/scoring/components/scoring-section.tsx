import { useState } from 'react';
import { LoadError, Loading } from '../../../components/feedback';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { getGrid, getMyRating, getScores } from '../api';
import { useScoringMessages } from '../messages';
import { RatingForm } from './rating-form';
import { ScoresPanel } from './scores-panel';

/** The use-case card's scoring section: aggregated scores for everyone, the rating form for raters. */
export function ScoringSection({ useCaseId }: { useCaseId: number }) {
  const { t } = useScoringMessages();
  const { can } = useSession();
  const [refresh, setRefresh] = useState(0);
  const rater = can('scoring:rate');
  const form = useApiQuery(async (signal) => {
    if (!rater) return undefined;
    const scores = await getScores(useCaseId, signal);
    const [grid, mine] = await Promise.all([getGrid(scores.value.gridId ?? 0, signal), getMyRating(useCaseId, signal)]);
    return { grid, mine };
  }, `${useCaseId}/${refresh}/${rater}`);
  return (
    <section className="scoring-section" aria-labelledby="scoring-title">
      <h2 id="scoring-title">{t.section}</h2>
      <ScoresPanel useCaseId={useCaseId} refresh={refresh} />
      {rater && form.loading && !form.data && <Loading />}
      {rater && form.error && <LoadError error={form.error} onRetry={form.reload} />}
      {rater && form.data && (
        <RatingForm key={useCaseId} useCaseId={useCaseId} grid={form.data.grid}
          mine={form.data.mine} onSaved={() => setRefresh((n) => n + 1)} />
      )}
    </section>
  );
}
