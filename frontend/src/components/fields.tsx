import { ChoiceFieldset, FieldFrame, HintAndError, RequiredMark, describedBy, type FieldCommon } from './field-frame';

function aria(props: FieldCommon) {
  return {
    id: props.id,
    name: props.id,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(props),
    'aria-required': props.required || undefined,
  } as const;
}

interface TextProps extends FieldCommon {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number' | 'password' | 'search' | 'datetime-local';
  maxLength?: number | undefined;
  autoComplete?: string;
  multiline?: boolean;
  min?: number;
  max?: number;
}

export function TextField(props: TextProps) {
  const common = { ...aria(props), value: props.value, maxLength: props.maxLength };
  return (
    <FieldFrame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends FieldCommon {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Text of the empty first option ("— Choose —", "All"); none when omitted. */
  emptyLabel?: string;
}

export function SelectField(props: SelectProps) {
  return (
    <FieldFrame {...props}>
      <select {...aria(props)} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface CheckboxProps extends FieldCommon {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A single yes/no checkbox, its label after the box. */
export function CheckboxField(props: CheckboxProps) {
  return (
    <div className={props.error ? 'field checkbox has-error' : 'field checkbox'}>
      <input
        {...aria(props)}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      <HintAndError {...props} />
    </div>
  );
}

interface CheckboxGroupProps extends FieldCommon {
  values: string[];
  onChange: (values: string[]) => void;
  options: Option[];
  emptyText?: string;
}

/** A multiple choice as a fieldset of checkboxes; the legend is its label. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <ChoiceFieldset {...props}>
      {props.options.length === 0 && props.emptyText && <p className="hint">{props.emptyText}</p>}
      <div className="choices">
        {props.options.map((o) => {
          const id = `${props.id}-${o.value}`;
          return (
            <div key={o.value} className="choice">
              <input
                id={id}
                type="checkbox"
                checked={props.values.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
