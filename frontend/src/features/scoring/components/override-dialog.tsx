import { useState } from 'react';
import type { ApiError } from '../../../api/problem';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { problemMessage } from '../../../lib/problem-message';
import { overrideScore, type Axis } from '../api';
import { useScoringMessages } from '../messages';

interface Props {
  useCaseId: number;
  axis: Axis | undefined;
  etag: string;
  onClose: (changed: boolean) => void;
}

/** Sets an axis score by hand with its mandatory reason. */
export function OverrideDialog({ useCaseId, axis, etag, onClose }: Props) {
  const { t, m } = useScoringMessages();
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    if (!axis) return;
    setBusy(true);
    setError(undefined);
    try {
      await overrideScore(useCaseId, axis, etag, Number(score.replace(',', '.')), reason);
      setScore('');
      setReason('');
      onClose(true);
    } catch (cause) {
      setError(problemMessage(m, cause as ApiError));
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog open={axis !== undefined} title={axis ? t.overrideTitle(t.axes[axis]) : ''}
      confirmLabel={t.overrideSave} cancelLabel={t.cancel} busy={busy} error={error}
      onConfirm={confirm} onCancel={() => onClose(false)}>
      <div className="field">
        <label htmlFor="override-score">{t.overrideScore}</label>
        <input id="override-score" type="number" min={0} max={100} step="0.1" value={score}
          onChange={(e) => setScore(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="override-reason">{t.overrideReason}</label>
        <textarea id="override-reason" rows={3} maxLength={2000} aria-required value={reason}
          onChange={(e) => setReason(e.target.value)} />
      </div>
    </ConfirmDialog>
  );
}
