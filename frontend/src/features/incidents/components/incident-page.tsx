import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { etagOf } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { DutyState, Incident, IncidentDuty } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { ErrorSummary } from '../../../components/error-summary';
import { LoadError, Loading, Notice } from '../../../components/feedback';
import { TextField } from '../../../components/fields';
import { PageTitle } from '../../../components/page-title';
import { RadioGroup } from '../../../components/radio-group';
import { useI18n } from '../../../i18n/i18n-provider';
import { NO_ERRORS, fieldError, violationsToErrors, type FormErrors } from '../../../lib/form-errors';
import { problemMessage } from '../../../lib/problem-message';
import { useSession } from '../../auth/session-provider';
import { changeStatus, getIncident, updateDuty } from '../api';
import { parisDateTime, parisLocalToIso } from '../paris-time';
import { DutyDeadline, statusTone } from './display';

const DUTY_FIELDS = ['state', 'doneAt', 'reference', 'reason'] as const;

/** One duty's update: done (when, reference), not applicable (reason) or to do again; If-Match is the duty's version. */
function DutyForm({ incident, duty, onSaved, onCancel }: {
  incident: Incident; duty: IncidentDuty; onSaved: (next: Incident, etag: string) => void; onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.incidents.dutyForm;
  const [state, setState] = useState<DutyState>(duty.state === 'TO_DO' ? 'DONE' : (duty.state ?? 'DONE'));
  const [doneAt, setDoneAt] = useState('');
  const [reference, setReference] = useState(duty.reference ?? '');
  const [reason, setReason] = useState(duty.automatic ? '' : (duty.notApplicableReason ?? ''));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const prefix = `duty-${duty.id}`;
  const labels = { state: t.state, doneAt: t.doneAt, reference: t.reference, reason: t.reason };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const r = await updateDuty(incident.id!, duty.id!, duty.version ?? 0, {
        state,
        doneAt: state === 'DONE' && doneAt ? parisLocalToIso(doneAt) : undefined,
        reference: state === 'DONE' ? reference : undefined,
        reason: state === 'NOT_APPLICABLE' ? reason : undefined,
      });
      onSaved(r.data!, etagOf(r.response));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.slug === 'validation-error') setErrors(violationsToErrors(err.violations, new Set(DUTY_FIELDS), m.form.itemPrefix));
      else setErrors({ byField: {}, general: [problemMessage(m, err)] });
      setFocusKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };
  const summary = [
    ...errors.general.map((text) => ({ text })),
    ...DUTY_FIELDS.flatMap((f) => {
      const msg = fieldError(errors, f);
      return msg ? [{ fieldId: `${prefix}-${f}`, text: `${labels[f]} – ${msg}` }] : [];
    }),
  ];
  return (
    <form className="duty-form" noValidate onSubmit={submit} aria-label={t.legend(duty.title ?? '')}>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <RadioGroup id={`${prefix}-state`} label={t.state} inline value={state} error={fieldError(errors, 'state')}
        options={(['DONE', 'NOT_APPLICABLE', 'TO_DO'] as const).map((s) => ({ value: s, label: m.incidents.states[s] }))}
        onChange={(v) => setState(v as DutyState)} />
      {state === 'DONE' && (
        <>
          <TextField id={`${prefix}-doneAt`} label={t.doneAt} type="datetime-local" required value={doneAt}
            error={fieldError(errors, 'doneAt')} onChange={setDoneAt} />
          <TextField id={`${prefix}-reference`} label={t.reference} required maxLength={200} value={reference}
            error={fieldError(errors, 'reference')} onChange={setReference} />
        </>
      )}
      {state === 'NOT_APPLICABLE' && (
        <TextField id={`${prefix}-reason`} label={t.reason} required multiline maxLength={2000} value={reason}
          error={fieldError(errors, 'reason')} onChange={setReason} />
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>{t.save}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t.cancel}</button>
      </div>
    </form>
  );
}

/** An incident: its facts, its computed duties with deadlines and countdowns, their follow-up, its status. */
export function IncidentPage() {
  const { m, lang } = useI18n();
  const t = m.incidents;
  const p = t.page;
  const { can } = useSession();
  const id = Number(useParams().id);
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const [incident, setIncident] = useState<Incident>();
  const [etag, setEtag] = useState('');
  const [loadError, setLoadError] = useState<ApiError>();
  const [editing, setEditing] = useState<number>();
  const [closing, setClosing] = useState(false);
  const [comment, setComment] = useState('');
  const [actionError, setActionError] = useState<ApiError>();
  const [now, setNow] = useState(() => Date.now());

  const load = async () => {
    try {
      const r = await getIncident(id);
      setIncident(r.data);
      setEtag(etagOf(r.response));
      setActionError(undefined);
    } catch (err) {
      if (err instanceof ApiError) setLoadError(err);
    }
  };
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  if (loadError) return <LoadError error={loadError} />;
  if (!incident) return <Loading />;
  const writable = can('incidents:write') && incident.status !== 'CLOSED';
  const duties = incident.duties ?? [];

  const move = async (status: 'NOTIFIED' | 'CLOSED') => {
    try {
      const r = await changeStatus(id, etag, status, status === 'CLOSED' ? comment : undefined);
      setIncident(r.data);
      setEtag(etagOf(r.response));
      setClosing(false);
      setActionError(undefined);
    } catch (err) {
      if (err instanceof ApiError) setActionError(err);
      else throw err;
    }
  };
  const f = incident;
  const yesNo = (b: boolean | undefined) => (b ? m.common.yes : m.common.no);
  const heading = p.heading(f.id ?? id, f.aiSystemName ?? '');

  return (
    <>
      <p><Link to="/incidents">{p.back}</Link></p>
      <div className="page-head">
        <PageTitle title={heading}>{heading}</PageTitle>
        <Badge tone={statusTone(f.status)}>{f.status ? t.statuses[f.status] : ''}</Badge>
      </div>
      {flash && <Notice kind="success">{flash}</Notice>}
      <p className="muted">{p.declared(f.declaredBy ?? '', parisDateTime(lang, f.declaredAt))}</p>
      <section aria-labelledby="incident-facts">
        <h2 id="incident-facts">{p.facts}</h2>
        <dl className="incident-facts">
          <dt>{p.awareAt}</dt><dd>{parisDateTime(lang, f.awareAt)}</dd>
          <dt>{p.occurredAt}</dt><dd>{parisDateTime(lang, f.occurredAt) || m.common.empty}</dd>
          <dt>{p.establishment}</dt><dd>{f.establishmentName ?? m.common.empty}</dd>
          <dt>{p.description}</dt><dd className="pre-line">{f.description}</dd>
          <dt>{p.harm}</dt><dd>{f.harm ? t.harms[f.harm] : ''}</dd>
          <dt>{p.healthConsequence}</dt><dd>{f.healthConsequence ? t.health[f.healthConsequence] : ''}</dd>
          <dt>{p.personalDataBreach}</dt><dd>{yesNo(f.personalDataBreach)}</dd>
          <dt>{p.securityIncident}</dt><dd>{yesNo(f.securityIncident)}</dd>
          <dt>{p.actionsTaken}</dt><dd className="pre-line">{f.actionsTaken ?? m.common.empty}</dd>
          <dt>{p.useSuspended}</dt><dd>{yesNo(f.useSuspended)}</dd>
          {(f.monitoringAlertId || f.biasReviewId) && (
            <>
              <dt>{p.revealedBy}</dt>
              <dd>
                <Link to={`/registre/${f.aiSystemId}?onglet=${f.monitoringAlertId ? 'surveillance' : 'biais'}`}>
                  {f.monitoringAlertId ? p.alert(f.monitoringAlertId) : p.review(f.biasReviewId!)}
                </Link>
              </dd>
            </>
          )}
          {f.closingComment && (<><dt>{p.closing}</dt><dd className="pre-line">{f.closingComment}</dd></>)}
        </dl>
      </section>
      <section aria-labelledby="incident-duties">
        <h2 id="incident-duties">{p.duties}</h2>
        {duties.length === 0 ? <p>{p.noDuty}</p> : (
          <table className="register duties">
            <caption className="visually-hidden">{p.dutiesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{p.duty}</th>
                <th scope="col">{p.addressee}</th>
                <th scope="col">{p.basis}</th>
                <th scope="col">{p.deadline}</th>
                <th scope="col">{p.state}</th>
              </tr>
            </thead>
            <tbody>
              {duties.map((d) => (
                <tr key={d.id} data-duty={d.kind}>
                  <th scope="row">{d.title}</th>
                  <td>{d.addressee}</td>
                  <td>{d.legalBasis} <a href={d.sourceUrl} target="_blank" rel="noreferrer">{p.source}</a></td>
                  <td><DutyDeadline duty={d} now={now} /></td>
                  <td>
                    <Badge tone={d.state === 'TO_DO' ? (d.overdue ? 'danger' : 'warning') : d.state === 'DONE' ? 'success' : 'muted'}>
                      {d.state ? t.states[d.state] : ''}
                    </Badge>
                    {d.state === 'DONE' && <div className="small">{p.doneOn(parisDateTime(lang, d.doneAt), d.reference ?? '')}</div>}
                    {d.state === 'NOT_APPLICABLE' && <div className="small">{d.notApplicableReason}</div>}
                    {writable && !d.automatic && editing !== d.id && (
                      <div>
                        <button type="button" className="secondary small-button" aria-label={`${p.record} : ${d.title}`}
                          onClick={() => setEditing(d.id)}>{p.record}</button>
                      </div>
                    )}
                    {editing === d.id && (
                      <DutyForm incident={f} duty={d} onCancel={() => setEditing(undefined)}
                        onSaved={(next, tag) => { setIncident(next); setEtag(tag); setEditing(undefined); }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {writable && (
        <section aria-labelledby="incident-status" className="incident-actions">
          <h2 id="incident-status">{p.status}</h2>
          {actionError && (
            <Notice kind="error">
              <p>{actionError.status === 412 ? p.stale : problemMessage(m, actionError)}</p>
              {(actionError.violations ?? []).length > 0 && (
                <ul>{(actionError.violations ?? []).map((v) => <li key={v.field}>{v.message}</li>)}</ul>
              )}
              {actionError.status === 412 && <button type="button" className="secondary" onClick={() => void load()}>{p.reload}</button>}
            </Notice>
          )}
          <div className="form-actions">
            {f.status === 'OPEN' && <button type="button" onClick={() => void move('NOTIFIED')}>{p.notify}</button>}
            {!closing && <button type="button" className="secondary" onClick={() => setClosing(true)}>{p.close}</button>}
          </div>
          {closing && (
            <form className="record-form narrow" onSubmit={(e) => { e.preventDefault(); void move('CLOSED'); }}>
              <TextField id="incident-close-comment" label={p.closeComment} required multiline maxLength={4000}
                value={comment} onChange={setComment} />
              <div className="form-actions">
                <button type="submit">{p.confirmClose}</button>
                <button type="button" className="secondary" onClick={() => setClosing(false)}>{m.common.cancel}</button>
              </div>
            </form>
          )}
        </section>
      )}
    </>
  );
}
