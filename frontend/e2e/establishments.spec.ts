import { expect, field, openSignedIn, test, unique } from './support';

test('adds an establishment after a rejected FINESS number, then edits it', async ({ page }) => {
  const name = unique('Centre hospitalier de test');
  const finess = `75${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  await openSignedIn(page, '/etablissements');
  await page.getByRole('link', { name: 'Ajouter un établissement' }).click();

  await field(page, 'Nom').first().fill(name);
  await field(page, 'Nom court').fill('CH Test');
  await field(page, 'N° FINESS').fill('12');
  await field(page, 'Type d’établissement').selectOption({ label: 'Centre hospitalier (CH)' });
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'empêche' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /N° FINESS/ })).toBeVisible();
  await expect(field(page, 'N° FINESS')).toHaveAttribute('aria-invalid', 'true');

  await field(page, 'N° FINESS').fill(finess);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // the new establishment's page
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'L’établissement a été ajouté.' })).toBeVisible();
  await page.getByRole('link', { name: 'Retour aux établissements' }).click();

  const search = page.getByRole('search', { name: 'Filtres' });
  await search.getByLabel('Recherche').fill(name);
  await search.getByRole('button', { name: 'Filtrer' }).click();
  const table = page.getByRole('table', { name: 'Établissements du GHT' });
  await expect(table.getByRole('row', { name: new RegExp(finess) })).toBeVisible();

  await table.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Modifier « ${name} »` })).toBeVisible();
  await field(page, 'Nom court').fill('CH Test 2');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Les modifications ont été enregistrées.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Identification' })).toContainText('CH Test 2');
});
