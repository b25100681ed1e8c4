import { useState } from 'react';
import { Badge } from '../../../components/badge';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { problemMessage } from '../../../lib/problem-message';
import type { ApiError } from '../../../api/problem';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { getScores, removeOverride, type Axis } from '../api';
import { useScoringMessages } from '../messages';
import { OverrideDialog } from './override-dialog';
import { ScoreExplanation } from './score-explanation';

/** The aggregated scores of a use case: per axis, quadrant, priority, per rater; explanation and overrides. */
export function ScoresPanel({ useCaseId, refresh }: { useCaseId: number; refresh: number }) {
  const { t, m, score, num } = useScoringMessages();
  const { can } = useSession();
  const query = useApiQuery((signal) => getScores(useCaseId, signal), `${useCaseId}/${refresh}`);
  const [explain, setExplain] = useState(false);
  const [overriding, setOverriding] = useState<Axis>();
  const [error, setError] = useState<string>();
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const { value: s, etag } = query.data!;
  const axes = [['VALUE', s.value], ['FEASIBILITY', s.feasibility]] as const;

  async function unset(axis: Axis) {
    setError(undefined);
    try {
      await removeOverride(useCaseId, axis, etag);
      query.reload();
    } catch (cause) {
      setError(problemMessage(m, cause as ApiError));
    }
  }

  return (
    <section className="scores-panel" aria-labelledby="scores-title">
      <h3 id="scores-title">{t.scores}</h3>
      <p className="muted">{t.grid(s.gridName ?? '', s.gridVersionNumber ?? 1)} · {t.raters(s.raterCount ?? 0)}</p>
      {(s.raterCount ?? 0) === 0 ? <p className="empty">{t.noRating}</p> : (
        <>
          <p>
            <strong>{t.quadrant} :</strong>{' '}
            {s.quadrant ? <Badge tone="info">{t.quadrants[s.quadrant]}</Badge> : t.noQuadrant}
            {' · '}<strong>{t.priority} :</strong> <span data-testid="priority">{score(s.priority)}</span>
          </p>
          {s.disagreement && <Notice kind="info">{t.disagreement(num(s.disagreementThreshold ?? 0))}</Notice>}
          <table className="register">
            <caption className="visually-hidden">{t.scores}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.axis}</th><th scope="col">{t.columns.effective}</th>
                <th scope="col">{t.columns.computed}</th><th scope="col">{t.columns.median}</th>
                <th scope="col">{t.columns.min}</th><th scope="col">{t.columns.max}</th>
                <th scope="col">{t.columns.sd}</th><th scope="col">{t.columns.raters}</th>
                {can('scoring:override') && <th scope="col"><span className="visually-hidden">{t.override}</span></th>}
              </tr>
            </thead>
            <tbody>
              {axes.map(([axis, a]) => (
                <tr key={axis}>
                  <th scope="row">{t.axes[axis]}</th>
                  <td data-testid={`effective-${axis}`}>
                    {score(a?.effective)}
                    {a?.override && <div className="muted">{t.overridden(a.override.by ?? '', a.override.reason ?? '')}</div>}
                  </td>
                  <td>{score(a?.computed)}</td><td>{score(a?.median)}</td><td>{score(a?.min)}</td>
                  <td>{score(a?.max)}</td><td>{score(a?.standardDeviation)}</td><td>{a?.raters ?? 0}</td>
                  {can('scoring:override') && (
                    <td>
                      {a?.override
                        ? <button type="button" className="secondary" onClick={() => unset(axis)}>{t.removeOverride}</button>
                        : <button type="button" className="secondary" onClick={() => setOverriding(axis)}>{t.override}</button>}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {error && <Notice kind="error">{error}</Notice>}
          <h4>{t.perRater}</h4>
          <table className="register">
            <caption className="visually-hidden">{t.perRater}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.rater}</th><th scope="col">{t.axes.VALUE}</th>
                <th scope="col">{t.axes.FEASIBILITY}</th><th scope="col">{t.columns.complete}</th>
              </tr>
            </thead>
            <tbody>
              {(s.raters ?? []).map((r) => (
                <tr key={r.rater}>
                  <th scope="row">{r.rater}</th><td>{score(r.valueScore)}</td><td>{score(r.feasibilityScore)}</td>
                  <td>{r.complete ? t.yes : t.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" className="link-button" aria-expanded={explain} onClick={() => setExplain(!explain)}>
        {explain ? t.hideExplanation : t.showExplanation}
      </button>
      {explain && <ScoreExplanation useCaseId={useCaseId} version={etag} />}
      <OverrideDialog useCaseId={useCaseId} axis={overriding} etag={etag}
        onClose={(changed) => { setOverriding(undefined); if (changed) query.reload(); }} />
    </section>
  );
}
