import { useState, type FormEvent } from 'react';
import { CheckboxGroup, SelectField, TextField, type Option } from '../../../components/fields';
import { useI18n } from '../../../i18n/i18n-provider';
import { enumOptions } from '../enum-options';
import { DEFAULT_FILTERS, MONITORING_LEVELS, SORTS, type RegisterFilters, type Sort } from '../filters';
import { useSortLabel } from './use-sort-label';

interface Props {
  id: string;
  filters: RegisterFilters;
  establishments: Option[];
  onApply: (filters: RegisterFilters) => void;
  /** Hidden on small screens until the filters button opens it (CSS: always shown on a desktop). */
  collapsed: boolean;
}

/** The yes/no filters of things to deal with, as one group of checkboxes. */
const ATTENTION = ['reviewOverdue', 'reviewDueSoon', 'dpiaMissing', 'ownerMissing'] as const;
type Attention = (typeof ATTENTION)[number];

/** The filter form: nothing changes until "Filter" is pressed (no surprise on each keystroke). */
export function RegisterFiltersForm({ id, filters, establishments, onApply, collapsed }: Props) {
  const { m } = useI18n();
  const sortLabel = useSortLabel();
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    // the address changed (back button, reset, a column header): show what is applied
    setShown(filters);
    setDraft(filters);
  }
  const set = <K extends keyof RegisterFilters>(key: K) => (value: RegisterFilters[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, page: 0 });
  };

  const attentionLabels: Record<Attention, string> = {
    reviewOverdue: m.register.overdue,
    reviewDueSoon: m.registerList.reviewDueSoon,
    dpiaMissing: m.registerList.dpiaMissing,
    ownerMissing: m.registerList.ownerMissing,
  };

  return (
    <form id={id} className={collapsed ? 'filters collapsed' : 'filters'} role="search"
      aria-label={m.register.filters} onSubmit={submit}>
      <TextField id="f-q" label={m.register.search} hint={m.register.searchHint} type="search"
        value={draft.q} onChange={set('q')} />
      <SelectField id="f-status" label={m.aiSystem.fields.status} emptyLabel={m.common.any}
        options={enumOptions(m, 'status')} value={draft.status}
        onChange={(v) => set('status')(v as RegisterFilters['status'])} />
      <SelectField id="f-category" label={m.aiSystem.fields.category} emptyLabel={m.common.any}
        options={enumOptions(m, 'category')} value={draft.category}
        onChange={(v) => set('category')(v as RegisterFilters['category'])} />
      <SelectField id="f-route" label={m.aiSystem.fields.aiActRoute} emptyLabel={m.common.any}
        options={enumOptions(m, 'aiActRoute')} value={draft.aiActRoute}
        onChange={(v) => set('aiActRoute')(v as RegisterFilters['aiActRoute'])} />
      <SelectField id="f-establishment" label={m.register.establishment} emptyLabel={m.common.any}
        options={establishments} value={draft.establishmentId} onChange={set('establishmentId')} />
      <SelectField id="f-md" label={m.register.medicalDevice} emptyLabel={m.common.any}
        options={[{ value: 'true', label: m.common.yes }, { value: 'false', label: m.common.no }]}
        value={draft.medicalDevice}
        onChange={(v) => set('medicalDevice')(v as RegisterFilters['medicalDevice'])} />
      <SelectField id="f-monitoring" label={m.monitoringStatus.label} emptyLabel={m.common.any}
        options={MONITORING_LEVELS.map((l) => ({ value: l, label: m.monitoringStatus.options[l] }))}
        value={draft.monitoringStatus}
        onChange={(v) => set('monitoringStatus')(v as RegisterFilters['monitoringStatus'])} />
      <SelectField id="f-sort" label={m.register.sort}
        options={SORTS.map((s) => ({ value: s, label: sortLabel(s) }))}
        value={draft.sort} onChange={(v) => set('sort')(v as Sort)} />
      <CheckboxGroup id="f-attention" label={m.registerList.attention}
        options={ATTENTION.map((a) => ({ value: a, label: attentionLabels[a] }))}
        values={ATTENTION.filter((a) => draft[a])}
        onChange={(values) => setDraft((d) => ({
          ...d, ...Object.fromEntries(ATTENTION.map((a) => [a, values.includes(a)])),
        }))} />
      <div className="filter-actions">
        <button type="submit">{m.register.apply}</button>
        <button type="button" className="secondary"
          onClick={() => onApply({ ...DEFAULT_FILTERS, size: filters.size, sort: filters.sort })}>
          {m.register.reset}
        </button>
      </div>
    </form>
  );
}
