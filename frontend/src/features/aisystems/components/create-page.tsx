import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/problem';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { createAiSystem } from '../api';
import type { FieldName, FormValue } from '../field-specs';
import { emptyForm, toInput } from '../form-model';
import { useSubmitErrors } from '../use-submit-errors';
import { AiSystemForm } from './ai-system-form';

export function CreatePage() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyForm);
  const [busy, setBusy] = useState(false);
  const errors = useSubmitErrors();

  const submit = async () => {
    setBusy(true);
    try {
      const created = await createAiSystem(toInput(values));
      navigate(`/registre/${created.value.id}`, { state: { flash: m.form.created } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      errors.fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={m.form.createTitle}>{m.form.createTitle}</PageTitle>
      <AiSystemForm
        values={values}
        onChange={(name: FieldName, value: FormValue) => setValues((v) => ({ ...v, [name]: value }))}
        onSubmit={submit}
        busy={busy}
        errors={errors.errors}
        summary={errors.summary}
        focusKey={errors.focusKey}
        cancelTo="/registre"
      />
    </>
  );
}
