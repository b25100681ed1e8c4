import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on small screens: the scrolling box is a labelled region in
 * the tab order, so keyboard users can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
