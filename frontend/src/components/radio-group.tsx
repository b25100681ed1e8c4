import { ChoiceFieldset, type FieldCommon } from './field-frame';
import type { Option } from './fields';

interface RadioGroupProps extends FieldCommon {
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** Options side by side (short answers such as yes/no). */
  inline?: boolean;
}

/** A single choice among a few as a fieldset of radio buttons; the legend is its label. */
export function RadioGroup(props: RadioGroupProps) {
  return (
    <ChoiceFieldset {...props}>
      <div className={props.inline ? 'choices inline' : 'choices'}>
        {props.options.map((o) => {
          const id = `${props.id}-${o.value}`;
          return (
            <div key={o.value} className="choice">
              <input id={id} type="radio" name={props.id} value={o.value} checked={props.value === o.value}
                aria-invalid={props.error ? true : undefined} onChange={() => props.onChange(o.value)} />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </ChoiceFieldset>
  );
}
