import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import { SelectField, TextField } from '../../../components/fields';
import { Notice } from '../../../components/feedback';
import { problemMessage } from '../../../lib/problem-message';
import { moveUseCase, type UseCase } from '../api';
import { useUseCaseMessages, type UseCaseStage } from '../messages';

/** Why a stage change was refused: the server's sentence and each unmet gate it names. */
export function RefusalReasons({ error, heading }: { error: ApiError; heading: string }) {
  const { m } = useUseCaseMessages();
  return (
    <div className="notice error" role="alert">
      <p>{heading} {problemMessage(m, error)}</p>
      {error.violations.length > 0 && (
        <ul className="gate-reasons">
          {error.violations.map((v) => <li key={v.field}>{v.message}</li>)}
        </ul>
      )}
    </div>
  );
}

/** Moves the use case to one of the stages the pipeline allows; a refusal shows each unmet gate. */
export function StageControl({ useCase, etag, onMoved }: {
  useCase: UseCase;
  etag: string;
  onMoved: (message: string) => void;
}) {
  const { t } = useUseCaseMessages();
  const [to, setTo] = useState('');
  const [comment, setComment] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const next = (useCase.nextStages ?? []) as UseCaseStage[];
  if (next.length === 0) return <p className="muted">{t.transition.none}</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return;
    setBusy(true);
    setError(undefined);
    try {
      const dup = to === 'DUPLICATE' && duplicateOf.trim() ? Number(duplicateOf.trim()) : undefined;
      await moveUseCase(useCase.id, etag, to as UseCaseStage, comment, dup);
      setComment('');
      setTo('');
      onMoved(t.transition.done(t.stages[to as UseCaseStage]));
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stage-control" aria-labelledby="stage-control-title" onSubmit={submit}>
      <h2 id="stage-control-title">{t.transition.title}</h2>
      <SelectField id="uc-to" label={t.transition.to} emptyLabel={t.transition.choose} value={to}
        options={next.map((s) => ({ value: s, label: t.stages[s] }))} onChange={setTo} required />
      {to === 'DUPLICATE' && (
        <TextField id="uc-duplicate-of" label={t.transition.duplicateOf} type="number" value={duplicateOf}
          onChange={setDuplicateOf} required />
      )}
      <TextField id="uc-comment" label={t.transition.comment} value={comment} onChange={setComment} multiline maxLength={2000} />
      <button type="submit" disabled={busy || !to}>{t.transition.submit}</button>
      {error && (error.status === 412
        ? <Notice kind="error">{t.stale}</Notice>
        : <RefusalReasons error={error} heading={t.transition.refused} />)}
    </form>
  );
}
