import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/problem';
import { TextField } from '../../../components/fields';
import { createSystemFromCard, type UseCase } from '../api';
import { useUseCaseMessages } from '../messages';
import { RefusalReasons } from './stage-control';

/** Creates the register's SIA from the card in one step (prefilled by the server) and links it. */
export function CreateSystem({ useCase, etag, onCreated }: { useCase: UseCase; etag: string; onCreated: (msg: string) => void }) {
  const { t } = useUseCaseMessages();
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await createSystemFromCard(useCase.id, etag, owner);
      onCreated(t.createSystem.done);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="create-system">
      <summary>{t.createSystem.title}</summary>
      <form onSubmit={submit}>
        <p className="muted">{t.createSystem.intro}</p>
        <TextField id="uc-owner" label={t.createSystem.owner} value={owner} onChange={setOwner} required maxLength={200} />
        <button type="submit" disabled={busy || !owner.trim()}>{t.createSystem.submit}</button>
        {error && <RefusalReasons error={error} heading="" />}
      </form>
    </details>
  );
}
