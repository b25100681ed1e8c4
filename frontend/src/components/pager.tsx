import { useI18n } from '../i18n/i18n-provider';

interface PagerProps {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next buttons around "Page x of y" (pages are 0-based in the API). */
export function Pager({ page, size, total, onPage }: PagerProps) {
  const { m } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={m.paging.label}>
      <button type="button" className="secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {m.paging.previous}
      </button>
      <span>{m.paging.position(page + 1, pages)}</span>
      <button
        type="button"
        className="secondary"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        {m.paging.next}
      </button>
    </nav>
  );
}
