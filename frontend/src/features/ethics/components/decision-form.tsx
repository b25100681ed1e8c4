import { useMemo, useState, type FormEvent } from 'react';
import type { DecisionOutcome, EthicsDecision } from '../../../api/types';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/feedback';
import { TextField } from '../../../components/fields';
import { RadioGroup } from '../../../components/radio-group';
import { useI18n } from '../../../i18n/i18n-provider';
import { createEthicsDecision, lines, today } from '../api';
import { fieldId, useFormErrors } from '../form-errors';

const OUTCOMES: DecisionOutcome[] = ['FAVOURABLE', 'FAVOURABLE_WITH_CONDITIONS', 'UNFAVOURABLE', 'DEFERRED'];

interface ConditionDraft {
  key: number;
  description: string;
  owner: string;
  dueOn: string;
}

/** Records the committee's decision on a review, or a correction that supersedes `replacing`. */
export function DecisionForm({ reviewId, replacing, onSaved, onCancel }: {
  reviewId: number;
  replacing?: EthicsDecision | undefined;
  onSaved: (decision: EthicsDecision) => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const e = m.ethics;
  const f = e.decisionForm;
  const [meetingDate, setMeetingDate] = useState(replacing?.meetingDate ?? today());
  const [members, setMembers] = useState((replacing?.membersPresent ?? []).join('\n'));
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [rationale, setRationale] = useState(replacing?.rationale ?? '');
  const [conditions, setConditions] = useState<ConditionDraft[]>([]);
  const [saving, setSaving] = useState(false);
  const withConditions = outcome === 'FAVOURABLE_WITH_CONDITIONS';
  const labels = useMemo(() => {
    const map = new Map<string, string>([
      ['meetingDate', f.meetingDate], ['membersPresent', f.members], ['outcome', f.outcome],
      ['rationale', f.rationale], ['conditions', f.conditions],
    ]);
    conditions.forEach((_, i) => {
      map.set(`conditions[${i}].description`, `${f.condition(i + 1)} – ${f.description}`);
      map.set(`conditions[${i}].owner`, `${f.condition(i + 1)} – ${f.owner}`);
      map.set(`conditions[${i}].dueOn`, `${f.condition(i + 1)} – ${f.dueOn}`);
    });
    return map;
  }, [conditions, f]);
  const { refuse, summary, focusKey, error } = useFormErrors(m, labels);
  const setCondition = (i: number, change: Partial<ConditionDraft>) =>
    setConditions(conditions.map((c, k) => (k === i ? { ...c, ...change } : c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      onSaved(await createEthicsDecision({
        reviewId,
        meetingDate,
        membersPresent: lines(members),
        outcome: (outcome || undefined) as DecisionOutcome,
        rationale,
        conditions: withConditions ? conditions.map(({ description, owner, dueOn }) => ({ description, owner, dueOn })) : [],
        ...(replacing ? { supersedesId: replacing.id } : {}),
      }));
    } catch (err) {
      refuse(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="ethics-form" noValidate onSubmit={submit} aria-labelledby="ethics-decision-form-title">
      <h3 id="ethics-decision-form-title">{f.title}</h3>
      {replacing && <Notice kind="info">{f.correcting(replacing.id)}</Notice>}
      <p className="hint">{m.common.requiredHint}</p>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <TextField id={fieldId('meetingDate')} label={f.meetingDate} type="date" required value={meetingDate}
        error={error('meetingDate')} onChange={setMeetingDate} />
      <TextField id={fieldId('membersPresent')} label={f.members} hint={f.membersHint} multiline required
        value={members} error={error('membersPresent')} onChange={setMembers} />
      <RadioGroup id={fieldId('outcome')} label={f.outcome} required value={outcome} error={error('outcome')}
        options={OUTCOMES.map((o) => ({ value: o, label: e.outcomes[o] }))}
        onChange={(v) => {
          setOutcome(v as DecisionOutcome);
          if (v === 'FAVOURABLE_WITH_CONDITIONS' && conditions.length === 0) {
            setConditions([{ key: Date.now(), description: '', owner: '', dueOn: '' }]);
          }
        }} />
      <TextField id={fieldId('rationale')} label={f.rationale} multiline required value={rationale}
        error={error('rationale')} onChange={setRationale} />
      {withConditions && (
        <fieldset id={fieldId('conditions')} className="ethics-list-input">
          <legend>{f.conditions}</legend>
          <p className="hint">{f.conditionsHint}</p>
          {error('conditions') && <p className="field-error">{error('conditions')}</p>}
          {conditions.map((c, i) => (
            <fieldset key={c.key} className="ethics-row-input">
              <legend>{f.condition(i + 1)}</legend>
              <TextField id={fieldId(`conditions[${i}].description`)} label={f.description} multiline required
                value={c.description} error={error(`conditions[${i}].description`)}
                onChange={(v) => setCondition(i, { description: v })} />
              <TextField id={fieldId(`conditions[${i}].owner`)} label={f.owner} required value={c.owner}
                error={error(`conditions[${i}].owner`)} onChange={(v) => setCondition(i, { owner: v })} />
              <TextField id={fieldId(`conditions[${i}].dueOn`)} label={f.dueOn} type="date" required value={c.dueOn}
                error={error(`conditions[${i}].dueOn`)} onChange={(v) => setCondition(i, { dueOn: v })} />
              <button type="button" className="secondary" onClick={() => setConditions(conditions.filter((_, k) => k !== i))}>
                {f.removeCondition(i + 1)}
              </button>
            </fieldset>
          ))}
          <button type="button" className="secondary"
            onClick={() => setConditions([...conditions, { key: Date.now(), description: '', owner: '', dueOn: '' }])}>
            {f.addCondition}
          </button>
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving}>{saving ? m.common.saving : f.submit}</button>
        <button type="button" className="secondary" onClick={onCancel}>{m.common.cancel}</button>
      </div>
    </form>
  );
}
