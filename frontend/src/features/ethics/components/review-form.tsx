import { useMemo, useState, type FormEvent } from 'react';
import type { EthicsReview } from '../../../api/types';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxField, TextField } from '../../../components/fields';
import { useI18n } from '../../../i18n/i18n-provider';
import { createEthicsReview, lines, today } from '../api';
import { fieldId, useFormErrors } from '../form-errors';

interface Link {
  key: number;
  title: string;
  url: string;
}

/** Records a request for the ethics committee's opinion on the system. */
export function EthicsReviewForm({ aiSystemId, onSaved, onCancel }: {
  aiSystemId: number;
  onSaved: (review: EthicsReview) => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const f = m.ethics.reviewForm;
  const [questions, setQuestions] = useState('');
  const [stakeholders, setStakeholders] = useState('');
  const [representatives, setRepresentatives] = useState(false);
  const [documents, setDocuments] = useState<Link[]>([]);
  const [requestedBy, setRequestedBy] = useState('');
  const [requestedOn, setRequestedOn] = useState(today());
  const [saving, setSaving] = useState(false);
  const labels = useMemo(() => {
    const map = new Map<string, string>([
      ['questions', f.questions], ['stakeholders', f.stakeholders], ['representativesInvolved', f.representatives],
      ['documents', f.documents], ['requestedBy', f.requestedBy], ['requestedOn', f.requestedOn],
    ]);
    documents.forEach((_, i) => {
      map.set(`documents[${i}].title`, f.documentTitle(i + 1));
      map.set(`documents[${i}].url`, f.documentUrl(i + 1));
    });
    return map;
  }, [documents, f]);
  const { refuse, summary, focusKey, error } = useFormErrors(m, labels);
  const setDocument = (i: number, change: Partial<Link>) =>
    setDocuments(documents.map((d, k) => (k === i ? { ...d, ...change } : d)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      onSaved(await createEthicsReview({
        aiSystemId,
        questions: lines(questions),
        stakeholders: lines(stakeholders),
        representativesInvolved: representatives,
        documents: documents.map((d) => ({ title: d.title, url: d.url })),
        requestedBy,
        requestedOn,
      }));
    } catch (e) {
      refuse(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="ethics-form" noValidate onSubmit={submit} aria-labelledby="ethics-review-form-title">
      <h3 id="ethics-review-form-title">{f.title}</h3>
      <p className="hint">{m.common.requiredHint}</p>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <TextField id={fieldId('questions')} label={f.questions} hint={f.questionsHint} multiline required
        value={questions} error={error('questions')} onChange={setQuestions} />
      <TextField id={fieldId('stakeholders')} label={f.stakeholders} hint={f.stakeholdersHint} multiline
        value={stakeholders} error={error('stakeholders')} onChange={setStakeholders} />
      <CheckboxField id={fieldId('representativesInvolved')} label={f.representatives} checked={representatives}
        error={error('representativesInvolved')} onChange={setRepresentatives} />
      <fieldset id={fieldId('documents')} className="ethics-list-input">
        <legend>{f.documents}</legend>
        {documents.map((d, i) => (
          <div key={d.key} className="ethics-row-input">
            <TextField id={fieldId(`documents[${i}].title`)} label={f.documentTitle(i + 1)} required value={d.title}
              error={error(`documents[${i}].title`)} onChange={(v) => setDocument(i, { title: v })} />
            <TextField id={fieldId(`documents[${i}].url`)} label={f.documentUrl(i + 1)} required value={d.url}
              error={error(`documents[${i}].url`)} onChange={(v) => setDocument(i, { url: v })} />
            <button type="button" className="secondary" onClick={() => setDocuments(documents.filter((_, k) => k !== i))}>
              {f.removeDocument(i + 1)}
            </button>
          </div>
        ))}
        <button type="button" className="secondary"
          onClick={() => setDocuments([...documents, { key: Date.now(), title: '', url: 'https://' }])}>
          {f.addDocument}
        </button>
      </fieldset>
      <TextField id={fieldId('requestedBy')} label={f.requestedBy} required value={requestedBy}
        error={error('requestedBy')} onChange={setRequestedBy} />
      <TextField id={fieldId('requestedOn')} label={f.requestedOn} type="date" required value={requestedOn}
        error={error('requestedOn')} onChange={setRequestedOn} />
      <div className="form-actions">
        <button type="submit" disabled={saving}>{saving ? m.common.saving : f.submit}</button>
        <button type="button" className="secondary" onClick={onCancel}>{m.common.cancel}</button>
      </div>
    </form>
  );
}
