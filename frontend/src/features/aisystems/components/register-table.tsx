import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AiSystemSummary } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { SortHeader } from '../../../components/sort-header';
import { useI18n } from '../../../i18n/i18n-provider';
import { routeTone, statusTone } from '../display';
import { enumLabel } from '../enum-options';
import { MonitoringStatusBadge } from './monitoring-status-badge';
import { sortParts, type Sort, type SortField } from '../filters';

export function DemoBadge() {
  const { m } = useI18n();
  return (
    <span className="badge demo" title={m.common.demoHint}>
      {m.common.demo}
    </span>
  );
}

interface Props {
  items: AiSystemSummary[];
  sort: Sort;
  onSort: (field: SortField) => void;
}

/** A click anywhere on a row opens the record, unless it was on a control or selected text. */
function rowClick(navigate: (to: string) => void, to: string) {
  return (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, label')) return;
    if (window.getSelection()?.toString()) return;
    if (event.ctrlKey || event.metaKey) {
      window.open(to, '_blank', 'noopener');
      return;
    }
    navigate(to);
  };
}

/**
 * The register's rows. Sortable columns have header buttons; status, AI Act route and monitoring
 * status are badges with their label; the whole row opens the record, and the name cell holds the real link
 * (keyboard and screen readers).
 */
export function RegisterTable({ items, sort, onSort }: Props) {
  const { m, date } = useI18n();
  const navigate = useNavigate();
  const c = m.register.columns;
  const current = sortParts(sort);
  const header = (field: SortField, label: string) => (
    <SortHeader
      label={label}
      state={current.field === field ? (current.descending ? 'descending' : 'ascending') : undefined}
      onSort={() => onSort(field)}
    />
  );
  return (
    <div className="table-wrap">
      <table className="register">
        <caption className="visually-hidden">{m.register.caption}</caption>
        <thead>
          <tr>
            {header('name', c.name)}
            {header('status', c.status)}
            {header('category', c.category)}
            {header('aiActRoute', c.aiActRoute)}
            <th scope="col">{c.medicalDevice}</th>
            <th scope="col">{c.establishments}</th>
            <th scope="col">{c.owner}</th>
            {header('nextReviewDate', c.nextReview)}
            <th scope="col">{m.monitoringStatus.column}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} className="clickable" onClick={rowClick(navigate, `/registre/${s.id}`)}>
              <th scope="row">
                <Link to={`/registre/${s.id}`}>{s.name}</Link>
                {s.shortDescription && <p className="muted small">{s.shortDescription}</p>}
              </th>
              <td>
                <Badge tone={statusTone(s.status)}>{enumLabel(m, 'status', s.status)}</Badge>
              </td>
              <td>{enumLabel(m, 'category', s.category)}</td>
              <td>
                <Badge tone={routeTone(s.aiActRoute)}>{enumLabel(m, 'aiActRoute', s.aiActRoute)}</Badge>
              </td>
              <td>{enumLabel(m, 'medicalDeviceClass', s.medicalDeviceClass)}</td>
              <td>{(s.establishments ?? []).map((e) => e.shortName ?? e.name).join(', ')}</td>
              <td>{s.accountableOwner}</td>
              <td>
                {date(s.nextReviewDate) || m.common.empty}
                {s.reviewOverdue && (
                  <>
                    {' '}
                    <Badge tone="warning">{m.register.overdue}</Badge>
                  </>
                )}
              </td>
              <td>
                <MonitoringStatusBadge status={s.monitoringStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
