import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import type { ConditionStatus, EthicsCondition } from '../../../api/types';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/feedback';
import { TextField } from '../../../components/fields';
import { RadioGroup } from '../../../components/radio-group';
import { useI18n } from '../../../i18n/i18n-provider';
import { followUpCondition, today } from '../api';
import { fieldId, useFormErrors } from '../form-errors';

/** Updates a condition's follow-up (owner, due date, closing) with the version shown: a 412 reloads the file. */
export function FollowUpForm({ condition, onSaved, onCancel, onStale }: {
  condition: EthicsCondition;
  onSaved: () => void;
  onCancel: () => void;
  onStale: () => void;
}) {
  const { m } = useI18n();
  const e = m.ethics;
  const f = e.followUpForm;
  const [owner, setOwner] = useState(condition.owner ?? '');
  const [dueOn, setDueOn] = useState(condition.dueOn ?? '');
  const [status, setStatus] = useState<ConditionStatus>(condition.status === 'CLOSED' ? 'OPEN' : 'CLOSED');
  const [closedOn, setClosedOn] = useState(today());
  const [closingComment, setClosingComment] = useState('');
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const labels = useMemo(() => new Map<string, string>([
    ['owner', e.owner], ['dueOn', e.dueOn], ['status', f.status], ['closedOn', f.closedOn],
    ['closingComment', f.closingComment],
  ]), [e, f]);
  const { refuse, summary, focusKey, error } = useFormErrors(m, labels);
  const closing = status === 'CLOSED';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await followUpCondition(condition.id, condition.version, {
        owner, dueOn, status, ...(closing ? { closedOn, closingComment } : {}),
      });
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        setStale(true);
        onStale();
      } else {
        refuse(err);
      }
    } finally {
      setSaving(false);
    }
  };

  const id = (path: string) => fieldId(`c${condition.id}.${path}`);
  return (
    <form className="ethics-form" noValidate onSubmit={submit} aria-labelledby={id('title')}>
      <h5 id={id('title')}>{f.title(condition.itemNo)}</h5>
      {stale && <Notice kind="error">{f.conflict}</Notice>}
      <ErrorSummary items={summary.map((s) => (s.fieldId ? { ...s, fieldId: s.fieldId.replace('eth-', `eth-c${condition.id}-`) } : s))}
        focusKey={focusKey} />
      <RadioGroup id={id('status')} label={f.status} required value={status} error={error('status')}
        options={(['OPEN', 'CLOSED'] as const).map((s) => ({ value: s, label: e.conditionStatus[s] }))}
        onChange={(v) => setStatus(v as ConditionStatus)} />
      <TextField id={id('owner')} label={e.owner} required value={owner} error={error('owner')} onChange={setOwner} />
      <TextField id={id('dueOn')} label={e.dueOn} type="date" required value={dueOn} error={error('dueOn')}
        onChange={setDueOn} />
      {closing && (
        <>
          <TextField id={id('closedOn')} label={f.closedOn} type="date" required value={closedOn}
            error={error('closedOn')} onChange={setClosedOn} />
          <TextField id={id('closingComment')} label={f.closingComment} hint={f.closingHint} multiline required
            value={closingComment} error={error('closingComment')} onChange={setClosingComment} />
        </>
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving}>{saving ? m.common.saving : f.submit}</button>
        <button type="button" className="secondary" onClick={onCancel}>{m.common.cancel}</button>
      </div>
    </form>
  );
}
