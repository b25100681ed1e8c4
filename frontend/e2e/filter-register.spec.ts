import { readFileSync } from 'node:fs';
import { apiAs, createSystem, expect, openSignedIn, test, unique, validSystem } from './support';

test('filters the register; the filters live in the address and drive paging and export', async ({ page }) => {
  const token = unique('Filtre');
  const api = await apiAs('qualite');
  await createSystem(api, validSystem(`${token} vision`, {
    category: 'COMPUTER_VISION',
    status: 'PRODUCTION',
    medicalDeviceClass: 'MDR_IIA',
    ceCertificateReference: 'CE-2024-0042',
  }));
  for (let i = 1; i <= 11; i++) {
    await createSystem(api, validSystem(`${token} texte ${String(i).padStart(2, '0')}`));
  }
  await api.dispose();

  await openSignedIn(page, '/registre');
  const filters = page.getByRole('search', { name: 'Filtres' });
  await filters.getByLabel('Recherche').fill(token);
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'systèmes' })).toHaveText('12 systèmes d’IA');
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(token).replace(/%20/g, '\\+')}`));

  // medical devices only
  await filters.getByLabel('Dispositif médical').selectOption({ label: 'Oui' });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'système' })).toHaveText('1 système d’IA');
  const table = page.getByRole('table', { name: 'Systèmes d’IA du registre' });
  await expect(table.getByRole('link', { name: `${token} vision` })).toBeVisible();
  await expect(page).toHaveURL(/medicalDevice=true/);

  // the export links carry the same selection
  const csv = page.getByRole('link', { name: 'Exporter en CSV' });
  await expect(csv).toHaveAttribute('href', /format=csv/);
  await expect(csv).toHaveAttribute('href', /medicalDevice=true/);
  await expect(page.getByRole('link', { name: 'Exporter en Excel (XLSX)' })).toHaveAttribute('href', /format=xlsx/);
  const downloading = page.waitForEvent('download');
  await csv.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const content = readFileSync((await download.path())!, 'utf8');
  expect(content).toContain(`${token} vision`);
  expect(content).not.toContain(`${token} texte`);

  // status filter, kept when the page is reloaded; the page size is chosen under the list
  await filters.getByLabel('Dispositif médical').selectOption({ label: 'Tous' });
  await filters.getByLabel('Statut', { exact: true }).selectOption({ label: 'Expérimentation' });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'systèmes' })).toHaveText('11 systèmes d’IA');
  await page.getByLabel('Par page').selectOption('10');
  await expect(page).toHaveURL(/size=10/);
  await page.reload();
  await expect(page.getByRole('search', { name: 'Filtres' }).getByLabel('Statut', { exact: true })).toHaveValue('PILOT');
  await expect(table.getByRole('row')).toHaveCount(11); // header + 10
  const pager = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pager.getByRole('button', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await pager.getByRole('button', { name: 'Page suivante' }).click();
  await expect(pager.getByRole('button', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('11–11 sur 11')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('link', { name: `${token} texte 11` })).toBeVisible();
  await expect(page).toHaveURL(/page=1/);

  // an empty selection says so
  await filters.getByLabel('Recherche').fill(`${token} introuvable`);
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByText('Aucun système d’IA ne correspond à ces critères.')).toBeVisible();
});
