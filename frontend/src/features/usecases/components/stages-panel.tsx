import { LoadError, Loading } from '../../../components/feedback';
import { useApiQuery } from '../../../lib/use-api-query';
import { getPipeline } from '../api';
import { useUseCaseMessages, type UseCaseStage } from '../messages';

/** The stage changes (who, when, why) and the time spent in each stage. */
export function StagesPanel({ id, version }: { id: number; version: number }) {
  const { t, dateTime, lang } = useUseCaseMessages();
  const query = useApiQuery((signal) => getPipeline(id, signal), `${id}/${version}`);
  if (query.loading && !query.data) return <Loading />;
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const transitions = query.data?.transitions ?? [];
  const totals = query.data?.timePerStage ?? [];
  const days = (d: number | undefined) =>
    t.stagesPanel.days((d ?? 0).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }));
  return (
    <>
      {transitions.length === 0 ? <p className="empty">{t.stagesPanel.none}</p> : (
        <div className="table-wrap">
          <table className="register">
            <caption>{t.stagesPanel.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.stagesPanel.when}</th>
                <th scope="col">{t.stagesPanel.from}</th>
                <th scope="col">{t.stagesPanel.to}</th>
                <th scope="col">{t.stagesPanel.who}</th>
                <th scope="col">{t.stagesPanel.comment}</th>
              </tr>
            </thead>
            <tbody>
              {transitions.map((tr) => (
                <tr key={tr.id}>
                  <td>{dateTime(tr.occurredAt)}</td>
                  <td>{t.stages[tr.from as UseCaseStage]}</td>
                  <td>{t.stages[tr.to as UseCaseStage]}</td>
                  <td>{tr.actor}</td>
                  <td className="prewrap">{tr.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t.stagesPanel.time}</h3>
      <ul className="stage-times">
        {totals.map((s) => <li key={s.stage}>{t.stages[s.stage as UseCaseStage]} : {days(s.days)}</li>)}
      </ul>
    </>
  );
}
