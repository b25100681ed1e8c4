import { useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextField, type Option } from '../../../components/fields';
import { useI18n } from '../../../i18n/i18n-provider';
import { enumOptions } from '../enum-options';
import { DEFAULT_FILTERS, PAGE_SIZES, SORTS, type RegisterFilters } from '../filters';

interface Props {
  filters: RegisterFilters;
  establishments: Option[];
  onApply: (filters: RegisterFilters) => void;
}

/** The filter form: nothing changes until "Filter" is pressed (no surprise on each keystroke). */
export function RegisterFiltersForm({ filters, establishments, onApply }: Props) {
  const { m } = useI18n();
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  if (shown !== filters) {
    // the address changed (back button, reset): show what is applied
    setShown(filters);
    setDraft(filters);
  }
  const set = <K extends keyof RegisterFilters>(key: K) => (value: RegisterFilters[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, page: 0 });
  };

  return (
    <form className="filters" role="search" aria-label={m.register.filters} onSubmit={submit}>
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
      <SelectField id="f-sort" label={m.register.sort}
        options={SORTS.map((s) => ({ value: s, label: m.register.sortOptions[s] }))}
        value={draft.sort} onChange={(v) => set('sort')(v as RegisterFilters['sort'])} />
      <SelectField id="f-size" label={m.register.pageSize}
        options={PAGE_SIZES.map((s) => ({ value: String(s), label: String(s) }))}
        value={String(draft.size)} onChange={(v) => set('size')(Number(v))} />
      <CheckboxField id="f-overdue" label={m.register.reviewOverdue}
        checked={draft.reviewOverdue} onChange={set('reviewOverdue')} />
      <div className="filter-actions">
        <button type="submit">{m.register.apply}</button>
        <button type="button" className="secondary" onClick={() => onApply(DEFAULT_FILTERS)}>
          {m.register.reset}
        </button>
      </div>
    </form>
  );
}
