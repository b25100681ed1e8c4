import { useState } from 'react';
import { SelectField } from '../../../components/fields';
import { RadioGroup } from '../../../components/radio-group';
import { useI18n } from '../../../i18n/i18n-provider';
import { enumOptions } from '../enum-options';
import { inputId } from '../field-specs';

const NOT_MD = 'NOT_MEDICAL_DEVICE';

interface Props {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/**
 * The medical-device qualification as two questions: is it a medical device, then (only if so)
 * its class. One API field (`medicalDeviceClass`): "no" is NOT_MEDICAL_DEVICE. The error of the
 * field goes to the question still unanswered, and so does its id (error summary, focus).
 */
export function MedicalDeviceInput({ value, error, onChange }: Props) {
  const { m } = useI18n();
  // "yes" before a class is chosen: not a value of the API field yet
  const [pendingYes, setPendingYes] = useState(false);
  const answer = value === NOT_MD ? 'no' : value !== '' || pendingYes ? 'yes' : '';
  const answerOptions = [
    { value: 'yes', label: m.common.yes },
    { value: 'no', label: m.common.no },
  ];
  const choose = (next: string) => {
    setPendingYes(next === 'yes');
    if (next === 'no') onChange(NOT_MD);
    else if (value === NOT_MD) onChange('');
  };
  return (
    <>
      <RadioGroup id={answer === 'yes' ? `${inputId('medicalDeviceClass')}-question` : inputId('medicalDeviceClass')}
        label={m.form.medicalDeviceQuestion} required inline value={answer} options={answerOptions}
        error={answer === '' ? error : undefined} onChange={choose} />
      {answer === 'yes' && (
        <SelectField id={inputId('medicalDeviceClass')} label={m.form.medicalDeviceClass} required
          emptyLabel={m.form.choose} value={value} error={error} onChange={onChange}
          options={enumOptions(m, 'medicalDeviceClass').filter((o) => o.value !== NOT_MD)} />
      )}
    </>
  );
}
