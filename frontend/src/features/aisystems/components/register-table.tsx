import { Link } from 'react-router';
import type { AiSystemSummary } from '../../../api/types';
import { useI18n } from '../../../i18n/i18n-provider';
import { enumLabel } from '../enum-options';

export function DemoBadge() {
  const { m } = useI18n();
  return (
    <span className="badge demo" title={m.common.demoHint}>
      {m.common.demo}
    </span>
  );
}

export function RegisterTable({ items }: { items: AiSystemSummary[] }) {
  const { m, date } = useI18n();
  const c = m.register.columns;
  return (
    <div className="table-wrap">
      <table className="register">
        <caption className="visually-hidden">{m.register.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.category}</th>
            <th scope="col">{c.aiActRoute}</th>
            <th scope="col">{c.medicalDevice}</th>
            <th scope="col">{c.establishments}</th>
            <th scope="col">{c.owner}</th>
            <th scope="col">{c.nextReview}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link to={`/registre/${s.id}`}>{s.name}</Link>
                {s.demo && <> <DemoBadge /></>}
                {s.shortDescription && <p className="muted small">{s.shortDescription}</p>}
              </th>
              <td>{enumLabel(m, 'status', s.status)}</td>
              <td>{enumLabel(m, 'category', s.category)}</td>
              <td>{enumLabel(m, 'aiActRoute', s.aiActRoute)}</td>
              <td>{enumLabel(m, 'medicalDeviceClass', s.medicalDeviceClass)}</td>
              <td>{(s.establishments ?? []).map((e) => e.shortName ?? e.name).join(', ')}</td>
              <td>{s.accountableOwner}</td>
              <td>
                {date(s.nextReviewDate) || m.common.empty}
                {s.reviewOverdue && <> <span className="badge warning">{m.register.overdue}</span></>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
