import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseCase } from '../api';
import { useUseCaseMessages } from '../messages';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="prewrap">{children}</dd>
    </>
  );
}

/** The estimate with its formula and inputs, so that anyone can check it. */
export function EstimateBlock({ useCase }: { useCase: UseCase }) {
  const { t, lang } = useUseCaseMessages();
  const e = useCase.estimate;
  if (!e) return <p className="muted">{t.estimate.none}</p>;
  const n = (v: number | undefined, digits = 1) =>
    (v ?? 0).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits });
  return (
    <div className="estimate">
      <p className="estimate-result"><strong>{t.estimate.result(n(e.hoursPerYear), n(e.ftePerYear, 2))}</strong></p>
      <p>{t.estimate.detail(n(e.tasksPerYear, 0), n(e.savedMinutesPerTask, 2))}</p>
      <p className="muted">{t.estimate.formula}</p>
    </div>
  );
}

/** The card, in the sections of the form. */
export function CardSheet({ useCase }: { useCase: UseCase }) {
  const { t, m } = useUseCaseMessages();
  const empty = m.common.empty;
  const txt = (v: string | null | undefined) => v || empty;
  const list = (v: readonly string[] | null | undefined) => (v && v.length ? v.join(', ') : empty);
  const num = (v: number | null | undefined) => (v === null || v === undefined ? empty : String(v));
  const missing = useCase.missingForQualification ?? [];
  return (
    <div className="detail-sheet">
      {missing.length > 0 ? (
        <div className="notice info" role="status">
          <p>{t.missing}</p>
          <ul>{missing.map((g) => <li key={g}>{t.gates[g] ?? g}</li>)}</ul>
        </div>
      ) : <p className="notice success">{t.cardComplete}</p>}
      <section aria-labelledby="s-description">
        <h2 id="s-description">{t.sections.description}</h2>
        <dl>
          <Row label={t.fields.irritant}>{txt(useCase.irritant)}</Row>
          <Row label={t.fields.currentProcess}>{txt(useCase.currentProcess)}</Row>
          <Row label={t.fields.proposedSolution}>{txt(useCase.proposedSolution)}</Row>
        </dl>
      </section>
      <section aria-labelledby="s-gains">
        <h2 id="s-gains">{t.sections.gains}</h2>
        <dl>
          <Row label={t.fields.gainTime}>{txt(useCase.gainTime)}</Row>
          <Row label={t.fields.gainCareQuality}>{txt(useCase.gainCareQuality)}</Row>
          <Row label={t.fields.gainWorkingConditions}>{txt(useCase.gainWorkingConditions)}</Row>
          <Row label={t.fields.gainPatientExperience}>{txt(useCase.gainPatientExperience)}</Row>
          <Row label={t.fields.gainCost}>{txt(useCase.gainCost)}</Row>
        </dl>
      </section>
      <section aria-labelledby="s-people">
        <h2 id="s-people">{t.sections.people}</h2>
        <dl>
          <Row label={t.fields.services}>{list(useCase.services)}</Row>
          <Row label={t.fields.jobFunctions}>{list(useCase.jobFunctions)}</Row>
        </dl>
      </section>
      <section aria-labelledby="s-volumetry">
        <h2 id="s-volumetry">{t.sections.volumetry}</h2>
        <dl>
          <Row label={t.fields.volume}>
            {useCase.volume === null || useCase.volume === undefined ? empty
              : `${useCase.volume} / ${useCase.volumePeriod ? t.periods[useCase.volumePeriod] : '?'}`}
          </Row>
          <Row label={t.fields.minutesBefore}>{num(useCase.minutesBefore)}</Row>
          <Row label={t.fields.minutesAfter}>{num(useCase.minutesAfter)}</Row>
          <Row label={t.fields.reworkRatePercent}>{num(useCase.reworkRatePercent)}</Row>
          <Row label={t.fields.reviewMinutes}>{num(useCase.reviewMinutes)}</Row>
        </dl>
        <EstimateBlock useCase={useCase} />
      </section>
      <section aria-labelledby="s-technology">
        <h2 id="s-technology">{t.sections.technology}</h2>
        <dl>
          <Row label={t.fields.dataAndSystems}>{txt(useCase.dataAndSystems)}</Row>
          <Row label={t.fields.category}>{useCase.category ? m.enums.category[useCase.category] : empty}</Row>
          <Row label={t.fields.aiSystems}>
            {(useCase.aiSystems ?? []).length === 0 ? empty : (useCase.aiSystems ?? []).map((s, i) => (
              <span key={s.id}>{i > 0 && ', '}<Link to={`/registre/${s.id}`}>{s.name}</Link></span>
            ))}
          </Row>
        </dl>
      </section>
      <section aria-labelledby="s-origin">
        <h2 id="s-origin">{t.sections.origin}</h2>
        <dl>
          <Row label={t.fields.origin}>{useCase.origin ? t.origins[useCase.origin] : empty}</Row>
          <Row label={t.fields.submittedBy}>{txt(useCase.submittedBy)}</Row>
          <Row label={t.fields.tags}>{list(useCase.tags)}</Row>
          {useCase.duplicateOf && (
            <Row label={t.fields.duplicateOf}>
              <Link to={`/cas-usage/${useCase.duplicateOf.id}`}>{useCase.duplicateOf.title ?? `#${useCase.duplicateOf.id}`}</Link>
            </Row>
          )}
          {(useCase.duplicates ?? []).length > 0 && (
            <Row label={t.fields.duplicates}>
              {(useCase.duplicates ?? []).map((d, i) => (
                <span key={d.id}>{i > 0 && ', '}<Link to={`/cas-usage/${d.id}`}>{d.title}</Link></span>
              ))}
            </Row>
          )}
        </dl>
      </section>
    </div>
  );
}
