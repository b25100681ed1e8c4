import { useI18n } from '../../i18n/i18n-provider';
import type { Axis, Quadrant } from './api';

/**
 * The scoring feature's French messages (reference) and English ones; `en` must have the same shape.
 */
export const scoringFr = {
  section: 'Cotation valeur / faisabilité',
  axes: { VALUE: 'Valeur', FEASIBILITY: 'Faisabilité' } as Record<Axis, string>,
  quadrants: {
    QUICK_WIN: 'Gains rapides',
    STRUCTURING: 'Projets structurants',
    OPPORTUNITY: 'Opportunités',
    DISCARD: 'À écarter',
  } as Record<Quadrant, string>,
  noQuadrant: 'Pas encore de quadrant (un axe n’est pas coté)',
  grid: (name: string, version: number) => `${name}, version ${version}`,
  scores: 'Scores agrégés',
  noRating: 'Aucune cotation pour l’instant.',
  raters: (n: number) => (n <= 1 ? `${n} évaluateur` : `${n} évaluateurs`),
  columns: {
    axis: 'Axe', effective: 'Score retenu', computed: 'Moyenne calculée', median: 'Médiane', min: 'Min', max: 'Max',
    sd: 'Écart type', raters: 'Évaluateurs', rater: 'Évaluateur', complete: 'Complète',
  },
  priority: 'Priorité',
  quadrant: 'Quadrant',
  disagreement: (threshold: string) => `Désaccord entre évaluateurs (écart supérieur à ${threshold} points)`,
  overridden: (by: string, reason: string) => `Valeur forcée par ${by} : « ${reason} »`,
  perRater: 'Scores par évaluateur',
  yes: 'oui',
  no: 'non',
  myRating: 'Ma cotation',
  myRatingIntro: 'Choisissez un niveau de 1 à 5 pour chaque critère ; une cotation partielle est enregistrée et pourra être complétée.',
  level: (n: number) => `Niveau ${n}`,
  notRated: 'Non noté',
  weight: (w: string) => `poids ${w}`,
  comment: 'Commentaire (facultatif)',
  save: 'Enregistrer ma cotation',
  saved: 'Votre cotation a été enregistrée ; les scores agrégés sont à jour.',
  conflict: 'Votre cotation a été modifiée depuis un autre poste : rechargez-la avant de l’enregistrer.',
  reload: 'Recharger',
  explanation: 'Détail du calcul',
  showExplanation: 'Afficher le détail du calcul',
  hideExplanation: 'Masquer le détail du calcul',
  formulas: 'Formules',
  inputs: 'Niveaux donnés par évaluateur',
  sums: (sw: string, swx: string, mean: string, score: string) =>
    `Σw = ${sw}, Σw·x = ${swx}, moyenne pondérée ${mean}, score ${score}`,
  override: 'Forcer un score',
  overrideTitle: (axis: string) => `Forcer le score « ${axis} »`,
  overrideScore: 'Score retenu (0 à 100)',
  overrideReason: 'Motif (obligatoire)',
  overrideSave: 'Forcer le score',
  removeOverride: 'Retirer le score forcé',
  cancel: 'Annuler',
  matrix: 'Matrice valeur / faisabilité',
  matrixIntro: 'Chaque bulle est un cas d’usage coté ; sa taille suit les heures estimées par an, sa couleur l’étape.',
  matrixSummary: (n: number) => `${n} cas d’usage placés sur la matrice.`,
};

export const scoringEn: typeof scoringFr = {
  section: 'Value / feasibility rating',
  axes: { VALUE: 'Value', FEASIBILITY: 'Feasibility' },
  quadrants: {
    QUICK_WIN: 'Quick wins',
    STRUCTURING: 'Structuring projects',
    OPPORTUNITY: 'Opportunities',
    DISCARD: 'To discard',
  },
  noQuadrant: 'No quadrant yet (an axis is not rated)',
  grid: (name, version) => `${name}, version ${version}`,
  scores: 'Aggregated scores',
  noRating: 'No rating yet.',
  raters: (n) => (n === 1 ? '1 rater' : `${n} raters`),
  columns: {
    axis: 'Axis', effective: 'Score used', computed: 'Computed mean', median: 'Median', min: 'Min', max: 'Max',
    sd: 'Standard deviation', raters: 'Raters', rater: 'Rater', complete: 'Complete',
  },
  priority: 'Priority',
  quadrant: 'Quadrant',
  disagreement: (threshold) => `Raters disagree (spread above ${threshold} points)`,
  overridden: (by, reason) => `Score set by ${by}: “${reason}”`,
  perRater: 'Scores per rater',
  yes: 'yes',
  no: 'no',
  myRating: 'My rating',
  myRatingIntro: 'Choose a level from 1 to 5 for each criterion; a partial rating is saved and can be completed later.',
  level: (n) => `Level ${n}`,
  notRated: 'Not rated',
  weight: (w) => `weight ${w}`,
  comment: 'Comment (optional)',
  save: 'Save my rating',
  saved: 'Your rating was saved; the aggregated scores are up to date.',
  conflict: 'Your rating was changed from elsewhere: reload it before saving.',
  reload: 'Reload',
  explanation: 'How it is computed',
  showExplanation: 'Show how it is computed',
  hideExplanation: 'Hide how it is computed',
  formulas: 'Formulas',
  inputs: 'Levels given per rater',
  sums: (sw, swx, mean, score) => `Σw = ${sw}, Σw·x = ${swx}, weighted mean ${mean}, score ${score}`,
  override: 'Override a score',
  overrideTitle: (axis) => `Override the “${axis}” score`,
  overrideScore: 'Score used (0 to 100)',
  overrideReason: 'Reason (required)',
  overrideSave: 'Override the score',
  removeOverride: 'Remove the override',
  cancel: 'Cancel',
  matrix: 'Value / feasibility matrix',
  matrixIntro: 'Each bubble is a rated use case; its size follows the estimated hours per year, its colour the stage.',
  matrixSummary: (n) => `${n} use cases on the matrix.`,
};

export function useScoringMessages() {
  const i18n = useI18n();
  const t = i18n.lang === 'en' ? scoringEn : scoringFr;
  const score = (value: number | null | undefined) =>
    value == null ? '—' : new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
  const num = (value: number) => new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 2 }).format(value);
  return { ...i18n, t, score, num };
}
