import { useState } from 'react';
import type { EthicsDecision } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';
import { FollowUpForm } from './follow-up-form';

/** One decision with its conditions; conditions of the decision in force can be followed up. */
export function DecisionView({ decision, canFollowUp, canCorrect, onCorrect, onChanged }: {
  decision: EthicsDecision;
  canFollowUp: boolean;
  canCorrect: boolean;
  onCorrect: () => void;
  onChanged: (message?: string) => void;
}) {
  const { m, date } = useI18n();
  const e = m.ethics;
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <article className="ethics-decision" aria-labelledby={`ethics-decision-${decision.id}`}>
      <h4 id={`ethics-decision-${decision.id}`}>
        {e.decision(e.outcomes[decision.outcome ?? 'DEFERRED'], date(decision.meetingDate))}{' '}
        {decision.current ? null : <Badge tone="muted">{e.superseded(decision.supersededById ?? 0)}</Badge>}
      </h4>
      <p><strong>{e.members}&nbsp;:</strong> {decision.membersPresent.join(', ')}</p>
      <p className="multiline"><strong>{e.rationale}&nbsp;:</strong> {decision.rationale}</p>
      {decision.conditions.length > 0 && (
        <>
          <h5>{e.conditions}</h5>
          <ol className="ethics-conditions">
            {decision.conditions.map((c) => (
              <li key={c.id}>
                <span className="multiline">{c.description}</span>{' '}
                <span className="muted">– {e.owner}&nbsp;: {c.owner} – {e.dueOn}&nbsp;: {date(c.dueOn)}</span>{' '}
                <Badge tone={c.status === 'CLOSED' ? 'success' : c.overdue ? 'danger' : 'warning'}>
                  {e.conditionStatus[c.status ?? 'OPEN']}
                  {c.status === 'CLOSED' && c.closedOn ? ` ${e.closedOn(date(c.closedOn))}` : ''}
                  {c.overdue ? ` – ${e.overdue}` : ''}
                </Badge>
                {c.closingComment && <p className="muted multiline">{c.closingComment}</p>}
                {canFollowUp && decision.current && editing !== c.id && (
                  <button type="button" className="secondary" onClick={() => setEditing(c.id)}>
                    {e.followUp} {c.itemNo}
                  </button>
                )}
                {editing === c.id && (
                  <FollowUpForm condition={c} onCancel={() => setEditing(null)} onStale={() => onChanged()}
                    onSaved={() => {
                      setEditing(null);
                      onChanged(e.followUpForm.saved);
                    }} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {canCorrect && decision.current && (
        <button type="button" className="secondary" onClick={onCorrect}>{e.correct}</button>
      )}
    </article>
  );
}
