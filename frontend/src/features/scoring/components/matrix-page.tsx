import { Link } from 'react-router';
import { Badge } from '../../../components/badge';
import { LoadError, Loading } from '../../../components/feedback';
import { PageTitle } from '../../../components/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { listGrids, listScores, listUseCasesForMatrix } from '../api';
import { matrixPoints } from '../matrix';
import { useScoringMessages } from '../messages';
import { MatrixChart } from './matrix-chart';

/** /priorisation: the value/feasibility matrix and the table of use cases with their scores and a link to rate. */
export function MatrixPage() {
  const { t, score, num } = useScoringMessages();
  const query = useApiQuery(async (signal) => {
    const useCases = await listUseCasesForMatrix(signal);
    const [scores, grids] = await Promise.all([listScores(useCases.map((u) => u.id ?? 0), signal), listGrids(false, signal)]);
    return { useCases, scores, grid: grids.find((g) => g.familyCode === 'hopital') ?? grids[0] };
  }, 'matrix');
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const { useCases, scores, grid } = query.data!;
  const points = matrixPoints(useCases, scores);
  const byId = new Map(scores.map((s) => [s.useCaseId, s]));
  return (
    <>
      <PageTitle title={t.matrix}>{t.matrix}</PageTitle>
      <p>{t.matrixIntro}</p>
      <MatrixChart points={points} valueThreshold={grid?.valueThreshold ?? 50}
        feasibilityThreshold={grid?.feasibilityThreshold ?? 50} />
      <table className="register">
        <caption>{t.matrixTable}</caption>
        <thead>
          <tr>
            <th scope="col">{t.useCase}</th><th scope="col">{t.stage}</th><th scope="col">{t.axes.VALUE}</th>
            <th scope="col">{t.axes.FEASIBILITY}</th><th scope="col">{t.priority}</th><th scope="col">{t.quadrant}</th>
            <th scope="col">{t.hours}</th>
          </tr>
        </thead>
        <tbody>
          {useCases.map((u) => {
            const s = byId.get(u.id ?? -1);
            return (
              <tr key={u.id}>
                <th scope="row"><Link to={`/cas-usage/${u.id}/cotation`} aria-label={t.rate(u.title ?? '')}>{u.title}</Link></th>
                <td>{t.stages[u.stage ?? ''] ?? u.stage}</td>
                <td>{s ? score(s.value) : t.unrated}</td><td>{s ? score(s.feasibility) : '—'}</td>
                <td>{s ? score(s.priority) : '—'}</td>
                <td>{s?.quadrant ? <Badge tone="info">{t.quadrants[s.quadrant]}</Badge> : '—'}</td>
                <td>{u.estimatedHoursPerYear == null ? '—' : num(Number(u.estimatedHoursPerYear))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
