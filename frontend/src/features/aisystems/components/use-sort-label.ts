import { useI18n } from '../../../i18n/i18n-provider';
import { sortParts, type Sort, type SortField } from '../filters';

/** The name of a sort for people: the column's label and the direction. */
export function useSortLabel(): (sort: Sort) => string {
  const { m } = useI18n();
  const c = m.register.columns;
  const labels: Record<SortField, string> = {
    name: c.name,
    status: c.status,
    category: c.category,
    aiActRoute: c.aiActRoute,
    nextReviewDate: c.nextReview,
    updatedAt: m.registerList.columns.updatedAt,
    createdAt: m.registerList.columns.createdAt,
  };
  return (sort) => {
    const { field, descending } = sortParts(sort);
    return m.listing.sortOption(labels[field], descending);
  };
}
