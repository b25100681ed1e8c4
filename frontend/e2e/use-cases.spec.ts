import { apiAs, axe, expect, field, openSignedIn, test, unique } from './support';

// axe-core is injected as an inline script, which the app's Content-Security-Policy rightly blocks.
test.use({ bypassCSP: true });

test('a use case is proposed, refused qualification while incomplete (with why), completed, qualified and moved on the board', async ({ page }) => {
  const title = unique('Courriers de sortie');
  await openSignedIn(page, '/cas-usage', 'innovation');
  await expect(page.getByRole('heading', { level: 1, name: 'Cas d’usage' })).toBeVisible();
  expect(await axe(page), 'use-case list').toEqual([]);

  // propose it in a few words
  await page.getByRole('link', { name: 'Proposer un cas d’usage' }).click();
  await field(page, 'Titre').fill(title);
  await field(page, 'Irritant').fill('Les secrétaires retapent les courriers dictés.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Le cas d’usage a été enregistré.')).toBeVisible();
  expect(await axe(page), 'use-case card').toEqual([]);

  // qualifying an incomplete card is refused, and the page says what is missing
  await field(page, 'Nouvelle étape').selectOption({ label: 'Qualifié' });
  await page.getByRole('button', { name: 'Changer d’étape' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Changement d’étape refusé' });
  await expect(refusal).toContainText('Décrivez le processus actuel.');
  await expect(refusal).toContainText('Complétez la volumétrie');
  await expect(refusal).toContainText('Choisissez la catégorie technologique.');

  // complete it
  await page.getByRole('link', { name: 'Modifier' }).click();
  await field(page, 'Processus actuel').fill('Le médecin dicte, la secrétaire frappe.');
  await field(page, 'Solution proposée').fill('Un assistant rédige le brouillon du courrier.');
  await field(page, 'Gain de temps').fill('Moins de ressaisie.');
  await field(page, 'Services concernés').fill('Cardiologie');
  await field(page, 'Métiers concernés').fill('Secrétaire médicale');
  await field(page, 'Volume').fill('40');
  await field(page, 'Par').selectOption({ label: 'jour' });
  await field(page, 'Minutes par tâche aujourd’hui').fill('12');
  await field(page, 'Minutes par tâche après').fill('3');
  await field(page, 'Taux de reprise').fill('10');
  await field(page, 'Minutes de relecture').fill('1');
  await field(page, 'Données et systèmes nécessaires').fill('Dossier patient informatisé.');
  await field(page, 'Catégorie technologique').selectOption({ label: 'IA générative' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('La fiche est complète.')).toBeVisible();
  // 40 × 365 × (12 − 3 − 1 − 1.2) / 60 = 1 654.7 h; / 1 607 = 1.03 FTE
  await expect(page.getByText(/1\s654,7 heures par an, soit 1,03 ETP/)).toBeVisible();

  // now it qualifies
  await field(page, 'Nouvelle étape').selectOption({ label: 'Qualifié' });
  await field(page, 'Commentaire').fill('Revu en comité.');
  await page.getByRole('button', { name: 'Changer d’étape' }).click();
  await expect(page.getByText('Le cas d’usage est passé à l’étape « Qualifié ».')).toBeVisible();
  await page.getByRole('tab', { name: 'Étapes' }).click();
  await expect(page.getByRole('table', { name: /Changements d’étape/ })).toContainText('Revu en comité.');

  // on the board, with the keyboard list: prioritising is refused (no rating yet), with the reason
  await page.goto('/cas-usage/tableau');
  const qualified = page.locator('[data-stage="QUALIFIED"]');
  const card = qualified.locator('.kanban-card', { hasText: title });
  await expect(card).toBeVisible();
  expect(await axe(page), 'kanban').toEqual([]);
  await card.getByLabel(`Déplacer « ${title} » vers`).selectOption({ label: 'Priorisé' });
  await expect(page.getByRole('alert')).toContainText('Aucune évaluation complète');
  await expect(qualified.locator('.kanban-card', { hasText: title })).toBeVisible();

  // drag and drop back to "Identifié", the neighbouring column (grabbed by its edge, not by its link or list)
  // dropped near the top of the column, which other tests' use cases may make taller than the screen
  await card.dragTo(page.locator('[data-stage="IDENTIFIED"]'), { sourcePosition: { x: 4, y: 4 }, targetPosition: { x: 12, y: 12 } });
  await expect(page.getByText(`« ${title} » est passé à l’étape « Identifié ».`)).toBeVisible();
  await expect(page.locator('[data-stage="IDENTIFIED"] .kanban-card', { hasText: title })).toBeVisible();

  const api = await apiAs('innovation');
  const found = await (await api.get('api/use-cases', { params: { q: title } })).json();
  expect(found.items[0].stage).toBe('IDENTIFIED');
  await api.dispose();
});
