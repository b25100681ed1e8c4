import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../../api/problem';
import { Notice } from '../../../components/feedback';
import { useLeaveWarning } from '../../../components/leave-warning';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { clearDraft, peekDraft, saveDraft } from '../../../lib/draft';
import { createAiSystem } from '../api';
import type { FieldName, FormValue, FormValues } from '../field-specs';
import { emptyForm, toInput, withChange } from '../form-model';
import { useSubmitErrors } from '../use-submit-errors';
import { AiSystemForm } from './ai-system-form';

export function CreatePage() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const path = useLocation().pathname;
  const [draft] = useState(() => peekDraft<FormValues>(path));
  const [values, setValues] = useState(() => draft ?? emptyForm());
  useEffect(() => clearDraft(), []);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(draft !== undefined);
  const errors = useSubmitErrors();
  const leave = useLeaveWarning(dirty);

  const submit = async () => {
    setBusy(true);
    try {
      const created = await createAiSystem(toInput(values));
      leave.allowLeaving();
      navigate(`/registre/${created.value.id}`, { state: { flash: m.form.created } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 401) saveDraft(path, values);
      errors.fail(e, values);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={m.form.createTitle}>{m.form.createTitle}</PageTitle>
      {draft && <Notice kind="info">{m.form.restored}</Notice>}
      <AiSystemForm
        values={values}
        onChange={(name: FieldName, value: FormValue) => {
          setDirty(true);
          setValues((v) => withChange(v, name, value));
        }}
        onSubmit={submit}
        busy={busy}
        errors={errors}
        cancelTo="/registre"
      />
      {leave.dialog}
    </>
  );
}
