import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { useLeaveWarning } from '../../../components/leave-warning';
import { PageTitle } from '../../../components/page-title';
import { useI18n } from '../../../i18n/i18n-provider';
import { clearDraft, peekDraft, saveDraft } from '../../../lib/draft';
import { getAiSystem, updateAiSystem } from '../api';
import type { FieldName, FormValue, FormValues } from '../field-specs';
import { mergeOnConflict, sameValue, toFormValues, toInput, withChange } from '../form-model';
import { ALL_FIELDS } from '../field-specs';
import { useSubmitErrors } from '../use-submit-errors';
import { AiSystemForm } from './ai-system-form';
import { ConflictPanel, type ConflictState } from './conflict-panel';

/** What the form was opened on: the version's values and its ETag (sent as If-Match). */
interface Basis {
  name: string;
  values: FormValues;
  etag: string;
}

export function EditPage() {
  const { m } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const path = useLocation().pathname;
  // after an expired session: the input and the version it was based on (its ETag still applies)
  const [draft] = useState(() => peekDraft<{ basis: Basis; values: FormValues }>(path));
  const [basis, setBasis] = useState<Basis | undefined>(draft?.basis);
  const [values, setValues] = useState<FormValues | undefined>(draft?.values);
  const [loadError, setLoadError] = useState<ApiError>();
  const [conflict, setConflict] = useState<ConflictState>();
  const [busy, setBusy] = useState(false);
  const errors = useSubmitErrors();
  const dirty =
    draft !== undefined ||
    (basis !== undefined && values !== undefined && ALL_FIELDS.some((f) => !sameValue(f, values[f.name], basis.values[f.name])));
  const leave = useLeaveWarning(dirty);

  useEffect(() => {
    clearDraft();
    if (draft) return;
    const controller = new AbortController();
    getAiSystem(id, controller.signal).then(
      ({ value, etag }) => {
        const formValues = toFormValues(value);
        setBasis({ name: value.name ?? '', values: formValues, etag });
        setValues(formValues);
      },
      (e: unknown) => !controller.signal.aborted && e instanceof ApiError && setLoadError(e),
    );
    return () => controller.abort();
  }, [id, draft]);

  if (loadError) return <LoadError error={loadError} />;
  if (!basis || !values) return <Loading />;

  const submit = async () => {
    setBusy(true);
    errors.clear();
    try {
      await updateAiSystem(id, basis.etag, toInput(values));
      leave.allowLeaving();
      navigate(`/registre/${id}`, { state: { flash: m.form.saved } });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // 412: someone saved since the form was opened; 409 concurrent-modification: both saves
      // raced inside the server. Either way the other version wins and ours must be re-applied.
      if (e.status === 412 || e.slug === 'concurrent-modification') setConflict({ stage: 'detected' });
      else if (e.status === 401) saveDraft(path, { basis, values });
      else errors.fail(e, values);
    } finally {
      setBusy(false);
    }
  };

  const loadCurrent = async () => {
    setBusy(true);
    try {
      const current = await getAiSystem(id);
      const theirs = toFormValues(current.value);
      const merge = mergeOnConflict(basis.values, values, theirs);
      setValues(merge.values);
      setBasis({ name: basis.name, values: theirs, etag: current.etag });
      setConflict({
        stage: 'loaded',
        theirs,
        fields: merge.conflicts.map((c) => c.name),
        bothChanged: merge.conflicts.filter((c) => c.bothChanged).map((c) => c.name),
        adopted: merge.adopted,
      });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      errors.fail(e, values);
    } finally {
      setBusy(false);
    }
  };

  const change = (name: FieldName, value: FormValue) => setValues((v) => v && withChange(v, name, value, basis.values));
  const title = m.form.editTitle(basis.name);
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {draft && <Notice kind="info">{m.form.restored}</Notice>}
      <AiSystemForm
        values={values}
        onChange={change}
        onSubmit={submit}
        busy={busy}
        errors={errors}
        cancelTo={`/registre/${id}`}
        linkedEstablishments={basis.values.establishmentIds as string[]}
        notice={
          conflict && (
            <ConflictPanel
              state={conflict}
              values={values}
              busy={busy}
              onLoadCurrent={loadCurrent}
              onUseTheirs={(name) => conflict.stage === 'loaded' && change(name, conflict.theirs[name])}
            />
          )
        }
      />
      {leave.dialog}
    </>
  );
}
