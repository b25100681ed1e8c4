import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryItem } from '../../../components/error-summary';
import { useI18n } from '../../../i18n/i18n-provider';
import { fieldError, type FormErrors } from '../../../lib/form-errors';
import { useEstablishmentOptions } from '../../establishments/use-establishment-options';
import { SECTIONS, type FieldName, type FormValue, type FormValues } from '../field-specs';
import { FieldInput } from './field-input';

interface Props {
  values: FormValues;
  onChange: (name: FieldName, value: FormValue) => void;
  onSubmit: () => void;
  busy: boolean;
  errors: FormErrors;
  summary: SummaryItem[];
  focusKey: number;
  cancelTo: string;
  /** Shown between the error summary and the fields (the conflict panel). */
  notice?: ReactNode;
}

/** The AI system form: one fieldset per section, server errors next to their fields. */
export function AiSystemForm(props: Props) {
  const { m } = useI18n();
  const establishments = useEstablishmentOptions();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="record-form" noValidate onSubmit={submit}>
      <ErrorSummary items={props.summary} focusKey={props.focusKey} />
      {props.notice}
      <p className="hint">{m.common.requiredHint}</p>
      {SECTIONS.map((section) => (
        <fieldset key={section.id} className="section">
          <legend>{m.aiSystem.sections[section.id]}</legend>
          {section.fields.map((spec) => (
            <FieldInput
              key={spec.name}
              spec={spec}
              values={props.values}
              error={fieldError(props.errors, spec.name)}
              establishments={establishments.options}
              onChange={(value) => props.onChange(spec.name, value)}
            />
          ))}
        </fieldset>
      ))}
      <div className="form-actions">
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
