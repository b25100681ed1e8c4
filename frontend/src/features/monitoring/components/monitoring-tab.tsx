import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import type { Tab } from '../../../components/tabs';
import { problemMessage } from '../../../lib/problem-message';
import { useApiQuery } from '../../../lib/use-api-query';
import { useSession } from '../../auth/session-provider';
import { getAlerts } from '../alert-api';
import { deleteLine, getLines, type MonitoringLine } from '../api';
import { useMonitoringMessages } from '../messages';
import { AlertsPanel } from './alerts-panel';
import { LineChecks } from './line-checks';
import { LineForm } from './line-form';
import { LinesTable } from './lines-table';

const LINE = 'ligne';

/** The monitoring tab of an AI system's record: its plan, a line's checks and chart, its alerts. */
export function MonitoringTab({ aiSystemId }: { aiSystemId: number }) {
  const { t, m } = useMonitoringMessages();
  const { can } = useSession();
  const writable = can('monitoring:write');
  const [params, setParams] = useSearchParams();
  const [refresh, setRefresh] = useState(0);
  const lines = useApiQuery((signal) => getLines(aiSystemId, signal), `${aiSystemId}/${refresh}`);
  const alerts = useApiQuery((signal) => getAlerts(aiSystemId, signal), `${aiSystemId}/${refresh}`);
  const [editing, setEditing] = useState<MonitoringLine | 'new'>();
  const [removing, setRemoving] = useState<MonitoringLine>();
  const [removeError, setRemoveError] = useState<string>();
  const [flash, setFlash] = useState<string>();
  const reload = () => setRefresh((n) => n + 1);
  const selectedId = Number(params.get(LINE)) || undefined;
  const select = (id?: number) => {
    const next = new URLSearchParams(params);
    if (id) next.set(LINE, String(id));
    else next.delete(LINE);
    setParams(next, { replace: true });
  };

  if (lines.loading && !lines.data) return <Loading />;
  if (lines.error) return <LoadError error={lines.error} onRetry={lines.reload} />;
  const items = lines.data ?? [];
  const selected = items.find((l) => l.id === selectedId);

  const remove = async () => {
    try {
      await deleteLine(removing!.id, `"${removing!.version}"`);
      setFlash(t.deleted(removing!.name));
      setRemoving(undefined);
      if (selectedId === removing!.id) select(undefined);
      reload();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setRemoveError(err.status === 412 ? t.staleLine : problemMessage(m, err));
    }
  };

  return (
    <>
      <section className="sheet-section" aria-labelledby="plan-title">
        <div className="page-head">
          <h2 id="plan-title">{t.plan}</h2>
          {writable && !editing && (
            <button type="button" onClick={() => { setFlash(undefined); setEditing('new'); }}>{t.addLine}</button>
          )}
        </div>
        <p className="intro">{t.planIntro}</p>
        {flash && <Notice kind="success">{flash}</Notice>}
        {editing && (
          <LineForm aiSystemId={aiSystemId} line={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(undefined)}
            onDone={(saved) => {
              setEditing(undefined);
              setFlash(t.lineSaved(saved.name));
              select(saved.id);
              reload();
            }} />
        )}
        {items.length === 0 ? <p className="empty">{t.noLines}</p> : (
          <LinesTable lines={items} selected={selectedId} writable={writable} onOpen={(l) => select(l.id)}
            onEdit={(l) => { setFlash(undefined); setEditing(l); }}
            onDelete={(l) => { setRemoveError(undefined); setRemoving(l); }} />
        )}
      </section>
      {selected && (
        <LineChecks line={selected} writable={writable} refreshKey={refresh} onRecorded={reload}
          onClose={() => select(undefined)} />
      )}
      {alerts.error ? <LoadError error={alerts.error} onRetry={alerts.reload} />
        : <AlertsPanel alerts={alerts.data ?? []} writable={writable} onChanged={reload} />}
      <ConfirmDialog open={!!removing} danger title={removing ? t.deleteTitle(removing.name) : ''}
        confirmLabel={t.deleteLine} cancelLabel={m.common.cancel} error={removeError}
        onCancel={() => setRemoving(undefined)} onConfirm={() => void remove()}>
        <p>{t.deleteText}</p>
      </ConfirmDialog>
    </>
  );
}

/** The tab of the record page (`?onglet=surveillance`). */
export function useMonitoringTab(aiSystemId: number): Tab {
  const { t } = useMonitoringMessages();
  return { id: 'surveillance', label: t.tab, panel: <MonitoringTab aiSystemId={aiSystemId} /> };
}
