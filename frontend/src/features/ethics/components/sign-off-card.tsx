import type { EthicsSignOff, SignOffStatus } from '../../../api/types';
import { Badge, type BadgeTone } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';

const TONES: Record<SignOffStatus, BadgeTone> = {
  NONE: 'muted',
  VALID: 'success',
  TO_RENEW: 'warning',
  UNFAVOURABLE: 'danger',
  PENDING: 'info',
};

/** The sign-off of the system as computed now, with every material field changed since the binding decision. */
export function SignOffCard({ signOff }: { signOff: EthicsSignOff }) {
  const { m, date } = useI18n();
  const e = m.ethics;
  const status = signOff.status ?? 'NONE';
  return (
    <section className="panel ethics-sign-off" aria-labelledby="ethics-sign-off-title">
      <h3 id="ethics-sign-off-title">{e.statusLabel}</h3>
      <p>
        <Badge tone={TONES[status]}>{e.status[status]}</Badge>
      </p>
      {signOff.outcome && signOff.meetingDate && (
        <p>{e.binding(e.outcomes[signOff.outcome], date(signOff.meetingDate))}</p>
      )}
      {signOff.openConditions > 0 && <p>{e.conditionsCount(signOff.openConditions, signOff.overdueConditions)}</p>}
      {signOff.changes.length > 0 && (
        <table className="register ethics-changes">
          <caption>{e.changesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{e.field}</th>
              <th scope="col">{e.before}</th>
              <th scope="col">{e.after}</th>
            </tr>
          </thead>
          <tbody>
            {signOff.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{c.label}</th>
                <td>{c.beforeText ?? m.common.empty}</td>
                <td>{c.afterText ?? m.common.empty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {signOff.fingerprint && (
        <p className="muted ethics-fingerprint">
          {e.fingerprint}&nbsp;: <code>{signOff.fingerprint.slice(0, 16)}</code>
        </p>
      )}
    </section>
  );
}
