import type { ReactNode } from 'react';

/** Colour families of a badge; the text always says the meaning too (never colour alone). */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted';

/** A short coloured label for a status or a category (WCAG AA contrast in every tone). */
export function Badge({ tone, children, title }: { tone: BadgeTone; children: ReactNode; title?: string }) {
  return (
    <span className={`badge tone-${tone}`} title={title}>
      {children}
    </span>
  );
}
