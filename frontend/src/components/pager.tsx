import { useI18n } from '../i18n/i18n-provider';

/** A page number to show (0-based), or a gap between two shown numbers. */
export type PageItem = number | 'gap';

/**
 * The numbers a pager shows: all of them up to seven pages; beyond, always seven slots — the first
 * and last pages, the current one with its neighbours, and gaps (a gap never hides a single page).
 */
export function pageItems(page: number, pages: number): PageItem[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i);
  if (page <= 3) return [0, 1, 2, 3, 4, 'gap', pages - 1];
  if (page >= pages - 4) return [0, 'gap', pages - 5, pages - 4, pages - 3, pages - 2, pages - 1];
  return [0, 'gap', page - 1, page, page + 1, 'gap', pages - 1];
}

interface PagerProps {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  /** The page sizes to choose from; with `onSize`, a "per page" choice is shown. */
  sizes?: readonly number[];
  onSize?: (size: number) => void;
}

/**
 * Pages of a list (0-based, as in the API): first, previous, numbered pages with gaps, next, last,
 * the range shown out of the total and, optionally, the page size. Callers keep page and size in
 * the address bar when the list is a page of its own (see the register).
 */
export function Pager({ page, size, total, onPage, sizes, onSize }: PagerProps) {
  const { m } = useI18n();
  const pages = Math.max(1, Math.ceil(total / size));
  const showSizes = !!sizes && !!onSize && total > Math.min(...sizes);
  if (pages <= 1 && !showSizes) return null;
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  const go = (target: number) => () => onPage(Math.min(Math.max(target, 0), pages - 1));
  return (
    <div className="pager">
      {pages > 1 && (
        <nav aria-label={m.paging.label}>
          <ul className="pager-pages">
            <li>
              <button type="button" className="secondary" disabled={page <= 0} onClick={go(0)}>
                <span aria-hidden="true">« </span>
                {m.listing.firstPage}
              </button>
            </li>
            <li>
              <button type="button" className="secondary" disabled={page <= 0} onClick={go(page - 1)}>
                <span aria-hidden="true">‹ </span>
                {m.paging.previous}
              </button>
            </li>
            {pageItems(page, pages).map((item, i) =>
              item === 'gap' ? (
                <li key={`gap-${i}`} className="pager-gap" aria-hidden="true">
                  …
                </li>
              ) : (
                <li key={item}>
                  <button
                    type="button"
                    className={item === page ? 'pager-number current' : 'pager-number secondary'}
                    aria-current={item === page ? 'page' : undefined}
                    aria-label={m.listing.pageNumber(item + 1)}
                    onClick={go(item)}
                  >
                    {item + 1}
                  </button>
                </li>
              ),
            )}
            <li>
              <button type="button" className="secondary" disabled={page + 1 >= pages} onClick={go(page + 1)}>
                {m.paging.next}
                <span aria-hidden="true"> ›</span>
              </button>
            </li>
            <li>
              <button type="button" className="secondary" disabled={page + 1 >= pages} onClick={go(pages - 1)}>
                {m.listing.lastPage}
                <span aria-hidden="true"> »</span>
              </button>
            </li>
          </ul>
        </nav>
      )}
      <p className="pager-range">
        {m.listing.range(from, to, total)}
        {pages > 1 && <span className="visually-hidden"> – {m.paging.position(page + 1, pages)}</span>}
      </p>
      {showSizes && (
        <label className="pager-size">
          {m.listing.pageSize}{' '}
          <select value={String(size)} onChange={(e) => onSize!(Number(e.target.value))}>
            {sizes!.map((s) => (
              <option key={s} value={String(s)}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
