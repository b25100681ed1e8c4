import type { BadgeTone } from '../../components/badge';
import type { BiasBand, BiasRateKey, BiasSeverity, FairnessFigure, ReviewOutcome } from '../../api/types';

/** The rates shown per group, in this order. */
export const SHOWN_RATES: readonly BiasRateKey[] = ['SELECTION_RATE', 'TPR', 'FPR', 'FNR', 'PPV', 'NPV'];

/** Tones of the seismometer bands (ratio to the reference group); the badge text says the band. */
export function bandTone(band: BiasBand | undefined): BadgeTone {
  switch (band) {
    case 'DEFAULT':
    case 'GOOD':
      return 'success';
    case 'WARNING_LOW':
    case 'WARNING_HIGH':
      return 'warning';
    case 'CRITICAL_LOW':
    case 'CRITICAL_HIGH':
      return 'danger';
    default:
      return 'muted';
  }
}

/** Tones of the between-groups severity (house bands on the difference). */
export function severityTone(severity: BiasSeverity | undefined): BadgeTone {
  switch (severity) {
    case 'NONE':
      return 'success';
    case 'MODERATE':
      return 'warning';
    case 'SIGNIFICANT':
      return 'danger';
    default:
      return 'muted';
  }
}

export function outcomeTone(outcome: ReviewOutcome | undefined): BadgeTone {
  return outcome === 'ACCEPTABLE' ? 'success' : outcome === 'NOT_ACCEPTABLE' ? 'danger' : 'warning';
}

/** A figure as text: its value, "infinite" or "undefined (0/0)". */
export function figureText(
  figure: FairnessFigure | undefined,
  format: (n: number) => string,
  words: { undefinedRate: string; infinite: string },
): string {
  if (!figure || figure.status === 'UNDEFINED') return words.undefinedRate;
  if (figure.status === 'POSITIVE_INFINITY') return words.infinite;
  if (figure.status === 'NEGATIVE_INFINITY') return `−${words.infinite}`;
  return format(figure.value ?? 0);
}
