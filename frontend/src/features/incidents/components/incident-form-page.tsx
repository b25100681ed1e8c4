import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import type { HealthConsequence, IncidentHarm, IncidentInput } from '../../../api/types';
import { ErrorSummary } from '../../../components/error-summary';
import { CheckboxField, SelectField, TextField } from '../../../components/fields';
import { useLeaveWarning } from '../../../components/leave-warning';
import { PageTitle } from '../../../components/page-title';
import { RadioGroup } from '../../../components/radio-group';
import { useI18n } from '../../../i18n/i18n-provider';
import { NO_ERRORS, fieldError, violationsToErrors, type FormErrors } from '../../../lib/form-errors';
import { problemMessage } from '../../../lib/problem-message';
import { useApiQuery } from '../../../lib/use-api-query';
import { useEstablishmentOptions } from '../../establishments/use-establishment-options';
import { declareIncident, listSystemChoices } from '../api';
import { parisLocalToIso } from '../paris-time';

const HARMS: IncidentHarm[] = ['NONE', 'PATIENT', 'STAFF', 'RIGHTS', 'PROPERTY', 'OPERATIONS'];
const HEALTH: HealthConsequence[] = ['NONE', 'SERIOUS_HEALTH_DETERIORATION', 'DEATH'];
const FLAGS = ['personalDataBreach', 'securityIncident', 'widespreadInfringement', 'criticalInfrastructure',
  'useSuspended'] as const;
const FIELDS = ['aiSystemId', 'establishmentId', 'occurredAt', 'awareAt', 'description', 'harm',
  'healthConsequence', ...FLAGS, 'actionsTaken', 'monitoringAlertId', 'biasReviewId'] as const;
type Field = (typeof FIELDS)[number];
type Flag = (typeof FLAGS)[number];

interface Values {
  aiSystemId: string;
  establishmentId: string;
  occurredAt: string;
  awareAt: string;
  description: string;
  harm: string;
  healthConsequence: string;
  actionsTaken: string;
  monitoringAlertId: string;
  biasReviewId: string;
  flags: Record<Flag, boolean>;
}

function number(v: string): number | undefined {
  return v.trim() === '' ? undefined : Number(v);
}

/** The declaration form: the server routes the duties; the incident page shows them with their deadlines. */
export function IncidentFormPage() {
  const { m } = useI18n();
  const t = m.incidents;
  const f = t.form;
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [values, setValues] = useState<Values>(() => ({
    aiSystemId: params.get('aiSystemId') ?? '', establishmentId: '', occurredAt: '', awareAt: '', description: '',
    harm: '', healthConsequence: '', actionsTaken: '', monitoringAlertId: '', biasReviewId: '',
    flags: { personalDataBreach: false, securityIncident: false, widespreadInfringement: false,
      criticalInfrastructure: false, useSuspended: false },
  }));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const leave = useLeaveWarning(dirty);
  const systems = useApiQuery((signal) => listSystemChoices(signal), 'incident-systems');
  const establishments = useEstablishmentOptions();

  const set = (patch: Partial<Values>) => {
    setDirty(true);
    setValues({ ...values, ...patch });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const input = {
      aiSystemId: number(values.aiSystemId),
      establishmentId: number(values.establishmentId),
      occurredAt: values.occurredAt ? parisLocalToIso(values.occurredAt) : undefined,
      awareAt: values.awareAt ? parisLocalToIso(values.awareAt) : undefined,
      description: values.description,
      harm: values.harm || undefined,
      healthConsequence: values.healthConsequence || undefined,
      actionsTaken: values.actionsTaken || undefined,
      monitoringAlertId: number(values.monitoringAlertId),
      biasReviewId: number(values.biasReviewId),
      ...values.flags,
    } as IncidentInput;
    try {
      const created = await declareIncident(input);
      leave.allowLeaving();
      navigate(`/incidents/${created.id}`, { state: { flash: f.declared } });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.slug === 'validation-error') setErrors(violationsToErrors(err.violations, new Set(FIELDS), m.form.itemPrefix));
      else setErrors({ byField: {}, general: [problemMessage(m, err)] });
      setFocusKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };

  const labels: Record<Field, string> = {
    aiSystemId: f.system, establishmentId: f.establishment, occurredAt: f.occurredAt, awareAt: f.awareAt,
    description: f.description, harm: f.harm, healthConsequence: f.healthConsequence,
    personalDataBreach: f.personalDataBreach, securityIncident: f.securityIncident,
    widespreadInfringement: f.widespreadInfringement, criticalInfrastructure: f.criticalInfrastructure,
    useSuspended: f.useSuspended, actionsTaken: f.actionsTaken, monitoringAlertId: f.monitoringAlertId,
    biasReviewId: f.biasReviewId,
  };
  const summary = [
    ...errors.general.map((text) => ({ text })),
    ...FIELDS.flatMap((name) => {
      const msg = fieldError(errors, name);
      return msg ? [{ fieldId: `incident-${name}`, text: `${labels[name]} – ${msg}` }] : [];
    }),
  ];
  const common = (name: Field) => ({ id: `incident-${name}`, label: labels[name], error: fieldError(errors, name) });

  return (
    <>
      <PageTitle title={f.title}>{f.title}</PageTitle>
      <form className="record-form narrow" noValidate onSubmit={submit}>
        <ErrorSummary items={summary} focusKey={focusKey} />
        <p className="hint">{m.common.requiredHint}</p>
        <SelectField {...common('aiSystemId')} required value={values.aiSystemId} emptyLabel={m.form.choose}
          options={(systems.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name ?? '' }))}
          onChange={(v) => set({ aiSystemId: v })} />
        <SelectField {...common('establishmentId')} value={values.establishmentId} emptyLabel={f.noEstablishment}
          options={establishments.options} onChange={(v) => set({ establishmentId: v })} />
        <TextField {...common('occurredAt')} type="datetime-local" hint={f.timeHint}
          value={values.occurredAt} onChange={(v) => set({ occurredAt: v })} />
        <TextField {...common('awareAt')} type="datetime-local" hint={f.awareHint}
          value={values.awareAt} onChange={(v) => set({ awareAt: v })} />
        <TextField {...common('description')} required multiline maxLength={10000} value={values.description}
          onChange={(v) => set({ description: v })} />
        <RadioGroup {...common('harm')} required value={values.harm}
          options={HARMS.map((h) => ({ value: h, label: t.harms[h] }))} onChange={(v) => set({ harm: v })} />
        <RadioGroup {...common('healthConsequence')} required hint={f.healthHint} value={values.healthConsequence}
          options={HEALTH.map((h) => ({ value: h, label: t.health[h] }))}
          onChange={(v) => set({ healthConsequence: v })} />
        {FLAGS.filter((flag) => flag !== 'useSuspended').map((flag) => (
          <CheckboxField key={flag} {...common(flag)} checked={values.flags[flag]}
            onChange={(v) => set({ flags: { ...values.flags, [flag]: v } })} />
        ))}
        <TextField {...common('actionsTaken')} multiline maxLength={10000} value={values.actionsTaken}
          onChange={(v) => set({ actionsTaken: v })} />
        <CheckboxField {...common('useSuspended')} checked={values.flags.useSuspended}
          onChange={(v) => set({ flags: { ...values.flags, useSuspended: v } })} />
        <TextField {...common('monitoringAlertId')} type="number" min={1} value={values.monitoringAlertId}
          onChange={(v) => set({ monitoringAlertId: v })} />
        <TextField {...common('biasReviewId')} type="number" min={1} value={values.biasReviewId}
          onChange={(v) => set({ biasReviewId: v })} />
        <div className="form-actions">
          <button type="submit" disabled={busy}>{busy ? f.submitting : f.submit}</button>
          <Link className="button secondary" to="/incidents">{m.common.cancel}</Link>
        </div>
      </form>
      {leave.dialog}
    </>
  );
}
