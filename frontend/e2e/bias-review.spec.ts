import type { Page } from '@playwright/test';
import { apiAs, axe, createSystem, docScreenshots, expect, field, openSignedIn, test, unique, validSystem, VIEWPORTS } from './support';

/** Pastes text into an input as a spreadsheet copy would (a paste event carrying text/plain). */
async function paste(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.focus();
  await input.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function recordSexReview(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer une revue' }).click();
  await expect(page.getByRole('heading', { name: 'Enregistrer une revue de biais' })).toBeVisible();
  await field(page, 'Relecteurs').fill('Dr Martin\nCellule qualité');
  await field(page, 'Nom de l’attribut').fill('Sexe');
  // copied from a spreadsheet: a header line, then one group per line
  await paste(page, 'Groupe, groupe 1', 'Groupe\tVP\tFP\tVN\tFN\nFemmes\t300\t100\t500\t100\nHommes\t80\t20\t250\t50\nNon renseigné\t2\t1\t3\t1\n');
  await expect(page.getByRole('status').filter({ hasText: '3 lignes collées.' })).toBeVisible();
  await expect(page.getByLabel('Groupe, groupe 3', { exact: true })).toHaveValue('Non renseigné');
  await expect(page.getByLabel('Vrais négatifs, groupe 2', { exact: true })).toHaveValue('250');
  await field(page, 'Constats').fill('Taux de sélection plus faible chez les hommes.');
  await page.getByLabel('Acceptable avec mesures d’atténuation').check();
}

test('a bias review shows insufficient data and a disparity band, and a correction supersedes it', async ({ page }) => {
  const api = await apiAs('qualite');
  const created = await createSystem(api, validSystem(unique('Revue de biais')));
  await api.dispose();

  await openSignedIn(page, `/registre/${created.id}?onglet=biais`);
  await expect(page.getByRole('tab', { name: 'Revues de biais' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Aucune revue de biais n’est enregistrée pour ce système.')).toBeVisible();
  await recordSexReview(page);

  // the server's refusal, in French, on its field and in the summary
  await page.getByRole('button', { name: 'Enregistrer la revue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: '1 erreur empêche l’enregistrement' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Mesures d’atténuation : obligatoire lorsque la conclusion est « acceptable avec mesures d’atténuation »');
  await expect(field(page, 'Mesures d’atténuation')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'Mesures d’atténuation').fill('Revoir le seuil de décision avec l’éditeur.');
  await page.getByRole('button', { name: 'Enregistrer la revue' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Revue de biais enregistrée.' })).toBeVisible();
  const review = page.getByRole('article');
  await expect(review.getByRole('heading', { level: 3, name: 'Attribut examiné : Sexe' })).toBeVisible();
  await expect(review).toContainText('Groupe de référence : Femmes (le plus grand groupe, par défaut)');
  const counts = review.getByRole('table', { name: 'Effectifs et indicateurs par groupe – Sexe' });
  const small = counts.getByRole('row').filter({ hasText: 'Non renseigné' });
  await expect(small).toContainText('Données insuffisantes');
  await expect(counts.getByRole('row').filter({ hasText: 'Hommes' })).toContainText('0,25');
  const versus = review.getByRole('table', { name: 'Rapport et écart au groupe de référence (Femmes) – Sexe' });
  const men = versus.getByRole('row').filter({ hasText: 'Hommes' });
  await expect(men.getByRole('cell').first()).toContainText('rapport 0,625 · écart −0,15');
  await expect(men.getByRole('cell').first()).toContainText('Écart important (inférieur)');
  await expect(versus.getByRole('row').filter({ hasText: 'Non renseigné' }).getByRole('cell').first()).toContainText('Données insuffisantes');
  await expect(review).toContainText('Règle des quatre cinquièmes (rapport des taux de sélection ≥ 0,8)');
  await expect(review).toContainText('Non respectée');
  await expect(review).toContainText('Données insuffisantes (effectif inférieur à 10) : Non renseigné');
  await expect(review).toContainText('En vigueur');
  await review.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, document.querySelector('article h2')!.getBoundingClientRect().top - 8));
  await docScreenshots(page, 'bias-review');

  // a correction: a new review that replaces this one
  await page.getByRole('button', { name: 'Corriger (remplacer)' }).click();
  await expect(page.getByText(/^Correction de la revue n° \d+ du /)).toBeVisible();
  await expect(page.getByLabel('Vrais positifs, groupe 2', { exact: true })).toHaveValue('80');
  await page.getByLabel('Vrais positifs, groupe 2', { exact: true }).fill('90');
  // the committee lowers the four-fifths threshold: a decimal number is asked for, then the review applies it
  await page.getByText('Seuils d’équité (facultatif)').click();
  const fourFifths = field(page, 'Règle des quatre cinquièmes : rapport minimal de parité démographique');
  await expect(fourFifths).toHaveAccessibleDescription(/Par défaut : 0,8\./);
  await fourFifths.fill('4/5');
  await page.getByRole('button', { name: 'Enregistrer la revue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'doit être un nombre décimal' })).toBeVisible();
  await fourFifths.fill('0,6');
  await page.getByRole('button', { name: 'Enregistrer la revue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Revue de biais enregistrée.' })).toBeVisible();
  await expect(review).toContainText('Règle des quatre cinquièmes (rapport des taux de sélection ≥ 0,6)');
  await expect(review.getByRole('definition').filter({ hasText: 'Tolérance τ (Aequitas)' })).toContainText('Règle des quatre cinquièmes : rapport minimal de parité démographique\u00a0: 0,6');
  await expect(review).toContainText(/Corrige et remplace la revue n° \d+/);

  await page.getByRole('button', { name: '← Retour aux revues de biais' }).click();
  const rows = page.getByRole('table', { name: 'Revues de biais du système, la plus récente en premier' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'En vigueur' })).toHaveCount(1);
  await expect(rows.filter({ hasText: /Remplacée par la revue n° \d+/ })).toHaveCount(1);
  // the replaced review stays readable, marked as such, without a correction button
  await rows.filter({ hasText: 'Remplacée' }).getByRole('button').click();
  await expect(review).toContainText('Remplacée');
  await expect(page.getByRole('button', { name: 'Corriger (remplacer)' })).toHaveCount(0);
});

test.describe('accessibility', () => {
  // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly blocks.
  test.use({ bypassCSP: true });

  test('the bias review form (with errors) and a review pass the automated WCAG 2.1 AA checks', async ({ page }) => {
    const api = await apiAs('qualite');
    const created = await createSystem(api, validSystem(unique('Revue de biais accessible')));
    await api.dispose();
    await openSignedIn(page, `/registre/${created.id}?onglet=biais`);
    await recordSexReview(page);
    await page.getByLabel('Faux positifs, groupe 1', { exact: true }).fill('-1');
    await page.getByRole('button', { name: 'Enregistrer la revue' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'empêche' })).toBeVisible();
    for (const size of ['desktop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[size]);
      expect(await axe(page), `bias review form with errors (${size})`).toEqual([]);
    }
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.getByLabel('Faux positifs, groupe 1', { exact: true }).fill('100');
    await field(page, 'Mesures d’atténuation').fill('Revoir le seuil.');
    await page.getByRole('button', { name: 'Enregistrer la revue' }).click();
    await expect(page.getByRole('article')).toBeVisible();
    for (const size of ['desktop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[size]);
      expect(await axe(page), `bias review (${size})`).toEqual([]);
    }
  });
});
