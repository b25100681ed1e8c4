import { apiAs, axe, expect, openSignedIn, test, unique } from './support';

/** Deletes a use case this test made, so that other journeys (the kanban's columns) do not see it. */
async function removeUseCase(id: number) {
  const api = await apiAs('innovation');
  const current = await api.get(`api/use-cases/${id}`);
  const etag = current.headers()['etag'] ?? '';
  expect((await api.delete(`api/use-cases/${id}`, { headers: { 'If-Match': etag } })).status()).toBe(204);
  await api.dispose();
}

const VALUE = ['Temps gagné', 'Qualité et sécurité des soins', 'Conditions de travail et charge mentale',
  'Expérience patient', 'Alignement stratégique'];
const FEASIBILITY = ['Disponibilité et qualité des données', 'Complexité technique',
  'Risque réglementaire et de sécurité', 'Coût', "Maturité de l'équipe et portage"];

test('a rater rates a use case and sees the aggregated score and how it is computed', async ({ page }) => {
  const api = await apiAs('innovation');
  const title = unique('Comptes rendus opératoires');
  const created = await api.post('api/use-cases', {
    data: { title, irritant: 'Courriers dictés puis ressaisis', origin: 'INDIVIDUAL_PROPOSAL' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  await api.dispose();

  await openSignedIn(page, `/cas-usage/${id}/cotation`, 'contributeur');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Aucune cotation pour l’instant.')).toBeVisible();
  for (const name of VALUE) {
    await page.getByRole('group', { name: new RegExp(`^${name}`) }).getByLabel(/^4 —/).check();
  }
  for (const name of FEASIBILITY) {
    await page.getByRole('group', { name: new RegExp(`^${name}`) }).getByLabel(/^2 —/).check();
  }
  await page.getByRole('button', { name: 'Enregistrer ma cotation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Votre cotation a été enregistrée' })).toBeVisible();

  // all 4 on value → 75; all 2 on feasibility → 25; priority 0.6 × 75 + 0.4 × 25 = 55
  await expect(page.getByTestId('effective-VALUE')).toHaveText('75,0');
  await expect(page.getByTestId('effective-FEASIBILITY')).toHaveText('25,0');
  await expect(page.getByTestId('priority')).toHaveText('55,0');
  await expect(page.getByText('Projets structurants')).toBeVisible();

  await page.getByRole('button', { name: 'Afficher le détail du calcul' }).click();
  const explanation = page.getByRole('region', { name: 'Niveaux donnés par évaluateur' });
  await expect(explanation).toContainText('Σw = 11, Σw·x = 44, moyenne pondérée 4, score 75,0');
  await expect(page.getByText(/100 × \(Σ wᵢ·xᵢ \/ Σ wᵢ − 1\) \/ 4/)).toBeVisible();

  // the prioritisation page places it on the matrix (drawn under the strict CSP) and in its table
  await page.getByRole('link', { name: 'Priorisation' }).click();
  await expect(page.getByRole('img', { name: /cas d’usage placés sur la matrice/ })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Projets structurants');
  await expect(row).toContainText('55,0');
  await removeUseCase(id);
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true });
  test('the rating page with its explanation and the prioritisation page pass the axe checks', async ({ page }) => {
    const api = await apiAs('innovation');
    const created = await api.post('api/use-cases', {
      data: { title: unique('Accueil téléphonique'), irritant: 'Appels non décrochés', origin: 'INTERVIEW' },
    });
    const { id } = (await created.json()) as { id: number };
    await api.dispose();
    await openSignedIn(page, `/cas-usage/${id}/cotation`, 'innovation');
    await page.getByRole('button', { name: 'Afficher le détail du calcul' }).click();
    await expect(page.getByRole('heading', { name: 'Ma cotation' })).toBeVisible();
    expect(await axe(page), 'rating page').toEqual([]);
    await page.goto('/priorisation');
    await expect(page.getByRole('table', { name: 'Cas d’usage et leurs scores' })).toBeVisible();
    expect(await axe(page), 'prioritisation page').toEqual([]);
    await removeUseCase(id);
  });
});
