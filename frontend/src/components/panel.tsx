import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One panel of the home page: a titled region (h2) with an optional link to the feature's page.
 * Features render their home panel with it so that every panel looks and reads the same.
 */
export function Panel({ id, title, action, children }: {
  id: string;
  title: string;
  action?: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <section className="panel" id={id} aria-labelledby={`${id}-title`}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {action && <Link to={action.to}>{action.label}</Link>}
      </div>
      {children}
    </section>
  );
}

/**
 * A figure of a panel: the number, what it counts, and a link to the list that shows exactly
 * those records. `alert` highlights a non-zero count of things to deal with.
 */
export function FigureLink({ to, count, label, alert, hint }: {
  to: string;
  count: number;
  label: string;
  alert?: boolean;
  hint?: string;
}) {
  return (
    <Link to={to} className={alert && count > 0 ? 'figure alert' : 'figure'}>
      <span className="figure-count">{count}</span> <span className="figure-label">{label}</span>
      {hint && <span className="figure-hint">{hint}</span>}
    </Link>
  );
}
