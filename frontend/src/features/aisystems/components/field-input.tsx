import { CheckboxField, CheckboxGroup, SelectField, TextField, type Option } from '../../../components/fields';
import { useI18n } from '../../../i18n/i18n-provider';
import { enumOptions } from '../enum-options';
import { applies, inputId, isRequired, type FieldSpec, type FormValue, type FormValues } from '../field-specs';
import { MedicalDeviceInput } from './medical-device-input';

interface Props {
  spec: FieldSpec;
  values: FormValues;
  error: string | undefined;
  establishments: Option[];
  onChange: (value: FormValue) => void;
}

/** One field of the AI system form, as the input its kind calls for; nothing if it does not apply. */
export function FieldInput({ spec, values, error, establishments, onChange }: Props) {
  const { m } = useI18n();
  if (!applies(spec, values)) return null;
  const value = values[spec.name];
  const common = {
    id: inputId(spec.name),
    label: m.aiSystem.fields[spec.name],
    hint: spec.name === 'statusChangedOn' ? m.form.statusDateHint : m.aiSystem.hints[spec.name],
    error,
    required: isRequired(spec, values),
  };
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  switch (spec.kind) {
    case 'text':
    case 'textarea':
      return (
        <TextField {...common} value={text} onChange={onChange} maxLength={spec.maxLength}
          multiline={spec.kind === 'textarea'} />
      );
    case 'tags':
      return <TextField {...common} value={text} onChange={onChange} />;
    case 'date':
      return <TextField {...common} type="date" value={text} onChange={onChange} />;
    case 'number':
      return (
        <TextField {...common} type="number" min={spec.min} max={spec.max} value={text} onChange={onChange} />
      );
    case 'bool':
      return <CheckboxField {...common} required={false} checked={value === true} onChange={onChange} />;
    case 'select':
      return (
        <SelectField {...common} value={text} onChange={onChange} options={enumOptions(m, spec.enumName)}
          emptyLabel={m.form.choose} />
      );
    case 'medicalDevice':
      return <MedicalDeviceInput value={text} error={error} onChange={onChange} />;
    case 'multi':
      return <CheckboxGroup {...common} values={list} onChange={onChange} options={enumOptions(m, spec.enumName)} />;
    case 'establishments':
      return (
        <CheckboxGroup {...common} values={list} onChange={onChange} options={establishments}
          emptyText={m.form.noEstablishments} />
      );
  }
}
