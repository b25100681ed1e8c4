import { Link } from 'react-router';
import { api, body } from '../../../api/client';
import { Badge } from '../../../components/badge';
import { LoadError, Loading } from '../../../components/feedback';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { routeTone, statusTone } from '../../aisystems/display';

const SHOWN = 50;

/** The AI systems of the register deployed in an establishment (the register's own filter). */
export function EstablishmentSystems({ id }: { id: number }) {
  const { m, date } = useI18n();
  const e = m.establishments;
  const list = useApiQuery(
    async (signal) =>
      body(await api.GET('/api/ai-systems', { params: { query: { establishmentId: id, size: SHOWN, sort: 'name' } }, signal })),
    `systems-${id}`,
  );
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  return (
    <section aria-labelledby="est-systems" className="sheet-section">
      <h2 id="est-systems">{e.systems}</h2>
      {list.loading && !list.data && <Loading />}
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {list.data && (items.length === 0 ? (
        <p className="empty">{e.noSystems}</p>
      ) : (
        <>
          <p>{e.systemsTotal(total)}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{e.systemsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.register.columns.name}</th>
                  <th scope="col">{m.register.columns.status}</th>
                  <th scope="col">{m.register.columns.aiActRoute}</th>
                  <th scope="col">{m.register.columns.owner}</th>
                  <th scope="col">{m.register.columns.nextReview}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.id}>
                    <th scope="row"><Link to={`/registre/${s.id}`}>{s.name}</Link></th>
                    <td>{s.status && <Badge tone={statusTone(s.status)}>{m.enums.status[s.status]}</Badge>}</td>
                    <td>{s.aiActRoute && <Badge tone={routeTone(s.aiActRoute)}>{m.enums.aiActRoute[s.aiActRoute]}</Badge>}</td>
                    <td>{s.accountableOwner}</td>
                    <td>{date(s.nextReviewDate) || m.common.empty}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {total > SHOWN && <p><Link to={`/registre?establishmentId=${id}`}>{e.allSystems}</Link></p>}
        </>
      ))}
    </section>
  );
}
