import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { FormSections, type FormSectionItem } from '../../../components/form-sections';
import { useI18n } from '../../../i18n/i18n-provider';
import type { Messages } from '../../../i18n/fr';
import { useEstablishmentOptions } from '../../establishments/use-establishment-options';
import { sectionProgress } from '../completeness';
import { SECTIONS, applies, inputId, sectionOf, type FieldName, type FormValue, type FormValues } from '../field-specs';
import type { SubmitErrors } from '../use-submit-errors';
import type { FieldErrors } from '../validation';
import { FieldInput } from './field-input';

interface Props {
  values: FormValues;
  onChange: (name: FieldName, value: FormValue) => void;
  /** Called once the answers pass the checks the server would make. */
  onSubmit: () => void;
  busy: boolean;
  errors: SubmitErrors;
  cancelTo: string;
  /** Establishment ids the record names already (kept as choices even when archived). */
  linkedEstablishments?: readonly string[];
  /** Shown between the error summary and the fields (the conflict panel). */
  notice?: ReactNode;
}

function statusOf(m: Messages, values: FormValues, errors: FieldErrors, sectionId: (typeof SECTIONS)[number]['id']) {
  const section = SECTIONS.find((s) => s.id === sectionId)!;
  const wrong = section.fields.filter((f) => applies(f, values) && errors[f.name]).length;
  const { missing, toComplete } = sectionProgress(section, values);
  if (wrong > 0) return { text: m.form.sectionErrors(wrong), tone: 'error' as const };
  const parts = [
    missing.length > 0 ? m.form.sectionMissing(missing.length) : '',
    toComplete.length > 0 ? m.form.sectionToComplete(toComplete.length) : '',
  ].filter(Boolean);
  return parts.length > 0
    ? { text: parts.join(' · '), tone: 'incomplete' as const }
    : { text: m.form.sectionComplete, tone: 'complete' as const };
}

/**
 * The AI system form: its sections with what is left to do in each (side navigation, or an
 * accordion on a phone), fields that do not apply hidden, the server's rules checked before
 * sending and the server's refusals shown on the same fields.
 */
export function AiSystemForm(props: Props) {
  const { m } = useI18n();
  const establishments = useEstablishmentOptions();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set([SECTIONS[0]!.id]));
  const fieldErrors = props.errors.fieldErrors(props.values);
  const linked = new Set(props.linkedEstablishments ?? []);
  const choices = establishments.options.filter((o) => !o.archived || linked.has(o.value));

  const openSectionsWithErrors = (errors: FieldErrors) =>
    setOpen((current) => {
      const next = new Set(current);
      for (const name of Object.keys(errors)) {
        const section = sectionOf(name);
        if (section) next.add(section.id);
      }
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.errors.check(props.values)) props.onSubmit();
  };
  // each refused save opens the sections holding an error (the accordion on a phone)
  const [seenKey, setSeenKey] = useState(props.errors.focusKey);
  if (seenKey !== props.errors.focusKey) {
    setSeenKey(props.errors.focusKey);
    openSectionsWithErrors(fieldErrors);
  }
  const reveal = (fieldId: string) => {
    const section = SECTIONS.find((s) => s.fields.some((f) => fieldId.startsWith(inputId(f.name))));
    if (section && !open.has(section.id)) setOpen(new Set([...open, section.id]));
  };

  const items: FormSectionItem[] = SECTIONS.map((section) => ({
    id: section.id,
    title: m.aiSystem.sections[section.id],
    status: statusOf(m, props.values, fieldErrors, section.id),
    content: (
      <div className="field-grid">
        {section.fields.map((spec) => (
          <FieldInput
            key={spec.name}
            spec={spec}
            values={props.values}
            error={fieldErrors[spec.name]}
            establishments={choices}
            onChange={(value) => {
              props.errors.changed(spec.name);
              props.onChange(spec.name, value);
            }}
          />
        ))}
      </div>
    ),
  }));

  return (
    <form className="record-form sectioned" noValidate onSubmit={submit}>
      <ErrorSummary items={props.errors.summary} focusKey={props.errors.focusKey} onReveal={reveal} />
      {props.notice}
      <p className="hint">{m.common.requiredHint}</p>
      <FormSections
        label={m.form.sections}
        items={items}
        open={open}
        onToggle={(id) => {
          const next = new Set(open);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          setOpen(next);
        }}
      />
      <div className="form-actions sticky-actions">
        <button type="submit" disabled={props.busy}>
          {props.busy ? m.common.saving : m.common.save}
        </button>
        <Link className="button secondary" to={props.cancelTo}>
          {m.common.cancel}
        </Link>
      </div>
    </form>
  );
}
