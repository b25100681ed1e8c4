/**
 * A sortable column header: a button in the `<th>`, the current order in `aria-sort` (only on the
 * sorted column, as ARIA asks) and an arrow for sighted users. The caller keeps the sort in the
 * address bar and decides the next order (see `nextSort` in the register's filters).
 */
export function SortHeader({
  label,
  state,
  onSort,
}: {
  label: string;
  /** 'ascending' | 'descending' on the sorted column, undefined elsewhere. */
  state: 'ascending' | 'descending' | undefined;
  onSort: () => void;
}) {
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true" className={state ? 'sort-icon active' : 'sort-icon'}>
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
