import type { ComponentType } from 'react';
import { canView, type ViewPermission } from '../auth/permissions';

/**
 * A panel of the home page, contributed by a feature (the register, later monitoring, incidents,
 * the portfolio…). The app lists them in `app/home-panels.ts`; the home page shows, in `order`,
 * those the user's roles may see. A panel loads its own data and renders one `<Panel>`
 * (components/panel.tsx) with an h2; each figure in it is a link to the list that shows it.
 */
export interface HomePanel {
  /** Stable and unique: the React key and the panel's id in the page. */
  id: string;
  /** Who sees it: the read permission of the feature's data (features/auth/permissions). */
  permission: ViewPermission;
  /** Place on the page, smallest first (the register is 10; leave gaps). */
  order: number;
  Component: ComponentType;
}

/** The panels a user with these roles sees, in page order. */
export function visiblePanels(panels: readonly HomePanel[], roles: readonly string[]): HomePanel[] {
  return panels.filter((p) => canView(roles, p.permission)).sort((a, b) => a.order - b.order);
}
