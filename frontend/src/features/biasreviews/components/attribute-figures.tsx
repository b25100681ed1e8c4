import type { BiasAttribute, FairnessReport } from '../../../api/types';
import { Badge } from '../../../components/badge';
import { useI18n } from '../../../i18n/i18n-provider';
import { bandTone, figureText, severityTone, SHOWN_RATES } from '../display';
import { ScrollRegion } from './scroll-region';

function useNumbers() {
  const { lang, m } = useI18n();
  const decimals = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 3 });
  const signed = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 3,
    signDisplay: 'exceptZero',
  });
  const words = m.biasReviews;
  return {
    count: (n: number | undefined) => decimals.format(n ?? 0),
    rate: (f: Parameters<typeof figureText>[0]) => figureText(f, (n) => decimals.format(n), words),
    // a true minus sign (U+2212), as French typography writes it
    diff: (f: Parameters<typeof figureText>[0]) => figureText(f, (n) => signed.format(n).replace('-', '\u2212'), words),
  };
}

/** Counts and rates of each group; the reference group is marked. */
function GroupTable({ attribute, report }: { attribute: BiasAttribute; report: FairnessReport }) {
  const { m } = useI18n();
  const b = m.biasReviews;
  const num = useNumbers();
  const abbr = (short: string, long: string) => <abbr title={long}>{short}</abbr>;
  return (
    <ScrollRegion label={b.table.caption(attribute.name ?? '')}>
      <table className="bias-figures">
        <caption>{b.table.caption(attribute.name ?? '')}</caption>
        <thead>
          <tr>
            <th scope="col">{b.table.group}</th>
            <th scope="col">{b.table.n}</th>
            <th scope="col">{abbr(b.table.tp, b.table.tpLong)}</th>
            <th scope="col">{abbr(b.table.fp, b.table.fpLong)}</th>
            <th scope="col">{abbr(b.table.tn, b.table.tnLong)}</th>
            <th scope="col">{abbr(b.table.fn, b.table.fnLong)}</th>
            {SHOWN_RATES.map((r) => (
              <th key={r} scope="col">{b.rates[r]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(report.groups ?? []).map((g) => (
            <tr key={g.group}>
              <th scope="row">
                {g.group}
                {g.group === report.referenceGroup && <span className="muted"> ({b.table.referenceMark})</span>}
                {g.insufficientData && (
                  <>
                    {' '}
                    <Badge tone="muted">{b.bands.UNKNOWN}</Badge>
                  </>
                )}
              </th>
              <td className="num">{num.count(g.n)}</td>
              <td className="num">{num.count(g.matrix?.tp)}</td>
              <td className="num">{num.count(g.matrix?.fp)}</td>
              <td className="num">{num.count(g.matrix?.tn)}</td>
              <td className="num">{num.count(g.matrix?.fn)}</td>
              {SHOWN_RATES.map((r) => (
                <td key={r} className="num">{num.rate(g.rates?.[r])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Each group against the reference group: ratio, difference and the band as a badge with its text. */
function VersusTable({ attribute, report }: { attribute: BiasAttribute; report: FairnessReport }) {
  const { m } = useI18n();
  const b = m.biasReviews;
  const num = useNumbers();
  const others = (report.groups ?? []).filter((g) => g.group !== report.referenceGroup);
  if (others.length === 0) return null;
  return (
    <ScrollRegion label={b.versus.caption(attribute.name ?? '', report.referenceGroup ?? '')}>
      <table className="bias-figures versus">
        <caption>{b.versus.caption(attribute.name ?? '', report.referenceGroup ?? '')}</caption>
        <thead>
          <tr>
            <th scope="col">{b.table.group}</th>
            {SHOWN_RATES.map((r) => (
              <th key={r} scope="col">{b.rates[r]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {others.map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              {SHOWN_RATES.map((r) => {
                const d = report.versusReference?.[g.group ?? '']?.[r];
                return (
                  <td key={r}>
                    <span className="versus-figures">
                      {b.versus.cell(num.rate(d?.ratioToReference), num.diff(d?.differenceToReference))}
                    </span>
                    <Badge tone={bandTone(d?.seismometerBand)}>{b.bands[d?.seismometerBand ?? 'UNKNOWN']}</Badge>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function Summary({ index, attribute, report, minimumGroupSize, fourFifths }: {
  index: number;
  attribute: BiasAttribute;
  report: FairnessReport;
  minimumGroupSize: number;
  fourFifths: number;
}) {
  const { m } = useI18n();
  const b = m.biasReviews;
  const num = useNumbers();
  const s = report.summary;
  const pass = s?.fourFifthsRulePass;
  const insufficient = report.insufficientDataGroups ?? [];
  return (
    <section aria-labelledby={`bias-summary-${index}`} className="bias-summary">
      <h4 id={`bias-summary-${index}`}>{b.summary.title(attribute.name ?? '')}</h4>
      <dl className="bias-facts">
        <div className="fact-row">
        <dt>{b.summary.fourFifths(num.count(fourFifths))}</dt>
        <dd>
          <Badge tone={pass === true ? 'success' : pass === false ? 'danger' : 'muted'}>
            {pass === true ? b.summary.fourFifthsPass : pass === false ? b.summary.fourFifthsFail : b.summary.fourFifthsUnknown}
          </Badge>{' '}
          {b.summary.ratio(num.rate(s?.demographicParityRatio))}
        </dd>
        </div>
        {SHOWN_RATES.map((r) => {
          const spread = report.betweenGroups?.[r];
          return (
            <div key={r} className="fact-row">
              <dt>{`${b.summary.between} – ${b.rates[r]}`}</dt>
              <dd>
                {num.rate(spread?.difference)}{' '}
                <Badge tone={severityTone(spread?.severity)}>{b.severities[spread?.severity ?? 'INSUFFICIENT_DATA']}</Badge>
              </dd>
            </div>
          );
        })}
      </dl>
      {insufficient.length > 0 && (
        <p>
          <Badge tone="muted">{b.bands.UNKNOWN}</Badge> {b.summary.insufficient(minimumGroupSize, insufficient.join(', '))}
        </p>
      )}
    </section>
  );
}

/** The figures of one examined attribute of a quantitative review. */
export function AttributeFigures({ index, attribute, minimumGroupSize, fourFifths }: {
  index: number;
  attribute: BiasAttribute;
  minimumGroupSize: number;
  /** The four-fifths threshold the review applied. */
  fourFifths: number;
}) {
  const { m } = useI18n();
  const report = attribute.report;
  if (!report) return null;
  return (
    <section className="bias-attribute" aria-labelledby={`bias-attribute-${index}`}>
      <h3 id={`bias-attribute-${index}`}>{m.biasReviews.view.attribute(attribute.name ?? '')}</h3>
      <p>{m.biasReviews.view.reference(report.referenceGroup ?? '', attribute.referenceGroupGiven ?? false)}</p>
      <GroupTable attribute={attribute} report={report} />
      <VersusTable attribute={attribute} report={report} />
      <Summary index={index} attribute={attribute} report={report} minimumGroupSize={minimumGroupSize} fourFifths={fourFifths} />
    </section>
  );
}
