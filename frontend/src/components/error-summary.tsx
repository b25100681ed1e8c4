import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-provider';

export interface SummaryItem {
  /** id of the field to focus, or none for an error that belongs to no field. */
  fieldId?: string | undefined;
  text: string;
}

/**
 * The list of errors at the top of a form. It takes the focus each time a new set of errors
 * arrives, so keyboard and screen-reader users land on it; each entry links to its field.
 */
export function ErrorSummary({ items, focusKey, onReveal }: {
  items: SummaryItem[];
  focusKey: number;
  /** Makes a field visible before it takes the focus (opens its collapsed section). */
  onReveal?: (fieldId: string) => void;
}) {
  const { m } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
    // focusKey changes on every failed submit, even if the errors are the same
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  if (items.length === 0) return null;
  const focusField = (event: React.MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    onReveal?.(id);
    // after the section it is in has opened
    requestAnimationFrame(() => {
      const field = document.getElementById(id);
      if (!field) return;
      field.focus();
      field.scrollIntoView({ block: 'center' });
    });
  };
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{m.errors.summaryTitle(items.length)}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId!)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
