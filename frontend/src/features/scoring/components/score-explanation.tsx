import { LoadError, Loading } from '../../../components/feedback';
import { useApiQuery } from '../../../lib/use-api-query';
import { getExplanation } from '../api';
import { useScoringMessages } from '../messages';

/** The formulas and every input: criteria, weights, each rater's levels and sums, thresholds. */
export function ScoreExplanation({ useCaseId, version }: { useCaseId: number; version: string }) {
  const { t, score, num, lang } = useScoringMessages();
  const query = useApiQuery((signal) => getExplanation(useCaseId, signal), `${useCaseId}/${version}/${lang}`);
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const e = query.data!;
  const criteria = e.criteria ?? [];
  return (
    <section className="score-explanation" aria-labelledby="explanation-title">
      <h4 id="explanation-title">{t.explanation}</h4>
      <h5>{t.formulas}</h5>
      <ul>{(e.formulas ?? []).map((f, i) => <li key={i}>{f}</li>)}</ul>
      <h5>{t.inputs}</h5>
      <div className="scroll-x" role="region" aria-label={t.inputs} tabIndex={0}>
        <table className="register">
          <thead>
            <tr>
              <th scope="col">{t.columns.rater}</th>
              {criteria.map((c) => (
                <th key={c.id} scope="col" title={lang === 'en' ? c.labelEn : c.labelFr}>
                  {lang === 'en' ? c.labelEn : c.labelFr} <span className="muted">({t.weight(num(c.weight ?? 0))})</span>
                </th>
              ))}
              <th scope="col">{t.axes.VALUE}</th>
              <th scope="col">{t.axes.FEASIBILITY}</th>
            </tr>
          </thead>
          <tbody>
            {(e.raters ?? []).map((r) => (
              <tr key={r.rater}>
                <th scope="row">{r.rater}</th>
                {criteria.map((c) => (
                  <td key={c.id}>{r.ratings?.find((x) => x.criterionId === c.id)?.level ?? '—'}</td>
                ))}
                {[r.value, r.feasibility].map((w, i) => (
                  <td key={i}>
                    {w ? t.sums(num(w.sumWeights ?? 0), num(w.sumWeightedLevels ?? 0), num(w.weightedMean ?? 0),
                      score(w.score)) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
