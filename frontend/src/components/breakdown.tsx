import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { Badge, type BadgeTone } from './badge';

/** The register list showing what a figure counts (the overview gives each figure its query). */
export const registerListOf = (query: string | undefined) => (query ? `/registre?${query}` : '/registre');

export interface BreakdownRow {
  key: string;
  query: string | undefined;
  count: number;
  label: string;
  tone: BadgeTone;
}

/**
 * Counts of AI systems per value (a badge with the label, the number), each a link to the register
 * list of those systems. Used by the home panels.
 */
export function Breakdown({ title, rows }: { title: string; rows: BreakdownRow[] }) {
  const { m } = useI18n();
  return (
    <div>
      <h3>{title}</h3>
      <ul className="breakdown">
        {rows.map((r) => (
          <li key={r.key}>
            <Link to={registerListOf(r.query)}>
              <Badge tone={r.tone}>{r.label}</Badge>{' '}
              <span className="breakdown-count">{r.count}</span>
              <span className="visually-hidden"> {m.registerPanel.systems(r.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
