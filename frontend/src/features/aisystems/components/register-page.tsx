import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../../../components/feedback';
import { Pager } from '../../../components/pager';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { useEstablishmentOptions } from '../../establishments/use-establishment-options';
import { listAiSystems } from '../api';
import { enumValues } from '../enum-options';
import {
  activeFilterCount,
  exportHref,
  filtersToParams,
  nextSort,
  PAGE_SIZES,
  parseFilters,
  type RegisterFilters,
} from '../filters';
import { RegisterFiltersForm } from './register-filters';
import { RegisterTable } from './register-table';

/**
 * The register list. Everything that selects rows (filters, sort, page, page size) lives in the
 * address bar: a list can be bookmarked and shared, and the back button goes back a step.
 */
export function RegisterPage() {
  const { m, lang } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const search = params.toString();
  const filters = useMemo(
    () =>
      parseFilters(new URLSearchParams(search), {
        status: enumValues(m, 'status'),
        category: enumValues(m, 'category'),
        aiActRoute: enumValues(m, 'aiActRoute'),
      }),
    [search, m],
  );
  const establishments = useEstablishmentOptions();
  const list = useApiQuery((signal) => listAiSystems(filters, signal), filtersToParams(filters).toString());
  const apply = (next: RegisterFilters) => setParams(filtersToParams(next));
  const items = list.data?.items ?? [];
  const active = activeFilterCount(filters);

  return (
    <>
      <div className="page-head">
        <PageTitle title={m.register.title}>{m.register.title}</PageTitle>
        {can('register:write') && (
          <Link className="button" to="/registre/nouveau">
            {m.register.create}
          </Link>
        )}
      </div>
      <p className="intro">{m.register.intro}</p>
      <button type="button" className="secondary filters-toggle" aria-expanded={filtersOpen}
        aria-controls="register-filters" onClick={() => setFiltersOpen((open) => !open)}>
        {m.registerList.showFilters}
        {active > 0 && <span className="filters-count"> ({m.registerList.activeFilters(active)})</span>}
      </button>
      <RegisterFiltersForm id="register-filters" filters={filters} establishments={establishments.options}
        onApply={apply} collapsed={!filtersOpen} />
      <section aria-labelledby="results-count" className="results">
        <div className="results-head">
          <p id="results-count" role="status">
            {list.data ? m.register.total(list.data.total ?? 0) : ''}
          </p>
          <div className="exports" role="group" aria-label={m.register.export}>
            <a className="button secondary" href={exportHref(filters, 'csv', lang)} download>
              {m.register.exportCsv}
            </a>
            <a className="button secondary" href={exportHref(filters, 'xlsx', lang)} download>
              {m.register.exportXlsx}
            </a>
          </div>
        </div>
        {items.some((s) => s.demo) && <p className="notice demo-banner">{m.registerList.demoBanner}</p>}
        {list.loading && !list.data && <Loading />}
        {list.error && <LoadError error={list.error} onRetry={list.reload} />}
        {list.data && !list.error && (
          <>
            {items.length === 0 ? (
              <p className="empty">{m.register.empty}</p>
            ) : (
              <RegisterTable items={items} sort={filters.sort}
                onSort={(field) => apply({ ...filters, sort: nextSort(filters.sort, field), page: 0 })} />
            )}
            <Pager
              page={filters.page}
              size={filters.size}
              total={list.data.total ?? 0}
              onPage={(page) => apply({ ...filters, page })}
              sizes={PAGE_SIZES}
              onSize={(size) => apply({ ...filters, size, page: 0 })}
            />
          </>
        )}
      </section>
    </>
  );
}
