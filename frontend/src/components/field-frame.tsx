import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';

export interface FieldCommon {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
}

/** ids of the hint and error texts, for aria-describedby. */
export function describedBy({ id, hint, error }: FieldCommon): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function RequiredMark({ required }: { required?: boolean | undefined }) {
  const { m } = useI18n();
  if (!required) return null;
  return (
    <span className="required" title={m.common.required}>
      {' *'}
      <span className="visually-hidden">({m.common.required})</span>
    </span>
  );
}

export function HintAndError({ id, hint, error }: FieldCommon) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** Label, hint and error around one input (the input comes as children). */
export function FieldFrame(props: FieldCommon & { children: ReactNode }) {
  return (
    <div className={props.error ? 'field has-error' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      <HintAndError {...props} />
      {props.children}
    </div>
  );
}

/** A group of choices (radio buttons, checkboxes) as a fieldset: the legend is its label. */
export function ChoiceFieldset({ children, ...props }: FieldCommon & { children: ReactNode }) {
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      className={props.error ? 'field group has-error' : 'field group'}
      aria-describedby={describedBy(props)}
    >
      <legend>
        {props.label}
        <RequiredMark required={props.required} />
      </legend>
      <HintAndError {...props} />
      {children}
    </fieldset>
  );
}
