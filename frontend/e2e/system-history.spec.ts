import { apiAs, createSystem, docScreenshots, expect, field, openSignedIn, test, unique, validSystem } from './support';

const frenchDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

test('the record sums up the system, and its history reads as sentences with labels, author and date', async ({ page }) => {
  const name = unique('Historique lisible');
  const api = await apiAs('qualite');
  const created = await createSystem(api, validSystem(name, { statusChangedOn: '2025-01-15', nextReviewDate: '2027-03-01' }));
  await api.dispose();

  await openSignedIn(page, `/registre/${created.id}`);
  const summary = page.getByRole('region', { name: 'Synthèse' });
  await expect(summary).toContainText('Expérimentation');
  await expect(summary).toContainText(`depuis le ${frenchDate('2025-01-15')}`);
  await expect(summary).toContainText('Régime AI Act');
  await expect(summary).toContainText('Risque minimal');
  await expect(summary).toContainText('Dr Martin, cheffe de service');
  await expect(summary).toContainText(frenchDate('2027-03-01'));
  await expect(summary).toContainText(/\d sections? complètes? sur 6/);
  await expect(summary).toContainText('Supervision humaine et automatisation'); // nothing said about oversight yet

  await page.getByRole('link', { name: 'Modifier' }).click();
  await field(page, 'Statut').selectOption({ label: 'En production' });
  // a new status: its date is emptied, the server dates it today
  await expect(field(page, 'Date d’effet du statut')).toHaveValue('');
  await field(page, 'Responsable métier').fill('Dr Durand, chef de pôle');
  await page.getByRole('group', { name: /Interfaces/ }).getByLabel('PACS (imagerie)').check();
  await field(page, 'Modalités de supervision humaine').fill('Le radiologue valide chaque résultat.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Les modifications ont été enregistrées.' })).toBeVisible();

  const today = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(new Date());
  await expect(summary).toContainText('En production');
  await expect(summary).toContainText(`depuis le ${today}`);
  await docScreenshots(page, 'system-detail');

  await page.getByRole('tab', { name: 'Historique' }).click();
  const history = page.getByRole('tabpanel');
  const latest = history.getByRole('listitem').filter({ hasText: 'Fiche modifiée' }).first();
  await expect(latest.getByRole('heading')).toHaveText(new RegExp(`^Fiche modifiée par qualite le ${today} à \\d{2}:\\d{2}$`));
  await expect(latest).toContainText('Statut : « Expérimentation » devient « En production ».');
  await expect(latest).toContainText(`Date d’effet du statut : « ${frenchDate('2025-01-15')} » devient « ${today} ».`);
  await expect(latest).toContainText('Responsable métier : « Dr Martin, cheffe de service » devient « Dr Durand, chef de pôle ».');
  await expect(latest).toContainText('Interfaces avec le système d’information : ajout de « PACS (imagerie) ».');
  await expect(latest).toContainText('Modalités de supervision humaine : ajout de « Le radiologue valide chaque résultat. ».');
  await expect(history).not.toContainText('PRODUCTION');
  await expect(history).not.toContainText('accountableOwner');
  const creation = history.getByRole('listitem').filter({ hasText: 'Fiche créée' });
  await expect(creation.getByRole('heading')).toHaveText(/^Fiche créée par qualite le /);
  await creation.getByText(/Valeurs saisies à la création/).click();
  await expect(creation).toContainText('Régime AI Act : ajout de « Risque minimal ».');
  await docScreenshots(page, 'system-history');
});
