import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';

let firstPage = true;

/**
 * The page's h1. It sets the document title and, after a client-side navigation, takes the
 * focus so that screen readers announce the new page (as a full page load would).
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { m } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} – ${m.common.appName}`;
  }, [title, m]);

  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
