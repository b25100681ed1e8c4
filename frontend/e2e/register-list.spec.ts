import { apiAs, createSystem, docScreenshots, expect, openSignedIn, test, unique, validSystem } from './support';

test('column headers sort the register; the sort, page and page size live in the address', async ({ page }) => {
  const token = unique('Tri');
  const api = await apiAs('qualite');
  for (let i = 1; i <= 23; i++) {
    await createSystem(api, validSystem(`${token} ${String(i).padStart(2, '0')}`, {
      status: i % 2 ? 'PILOT' : 'PRODUCTION',
    }));
  }
  await api.dispose();

  await openSignedIn(page, `/registre?q=${encodeURIComponent(token)}&size=10`);
  const table = page.getByRole('table', { name: 'Systèmes d’IA du registre' });
  const nameHeader = table.getByRole('columnheader', { name: 'Nom' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText(`${token} 01`);

  // a click on the sorted column turns the order round, in the address
  await nameHeader.getByRole('button').click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText(`${token} 23`);
  // another column sorts on it, ascending; the name column is no longer sorted
  await table.getByRole('columnheader', { name: 'Statut' }).getByRole('button').click();
  await expect(page).toHaveURL(/sort=status/);
  await expect(table.getByRole('columnheader', { name: 'Statut' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('Expérimentation');

  // numbered pages: the third page, kept across a reload
  await nameHeader.getByRole('button').click();
  const pager = page.getByRole('navigation', { name: 'Pagination' });
  await pager.getByRole('button', { name: 'Page 3', exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText('21–23 sur 23')).toBeVisible();
  await page.reload();
  await expect(pager.getByRole('button', { name: 'Page 3', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row').nth(1)).toContainText(`${token} 21`);
  await expect(pager.getByRole('button', { name: 'Page suivante' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Première page' }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(`${token} 01`);
  await pager.getByRole('button', { name: 'Dernière page' }).click();
  await expect(page).toHaveURL(/page=2/);
  // the back button goes back a step
  await page.goBack();
  await expect(page).not.toHaveURL(/page=/);
  await expect(table.getByRole('row').nth(1)).toContainText(`${token} 01`);

  // a bigger page shows everything, from the first page
  await page.getByLabel('Par page').selectOption('50');
  await expect(page).toHaveURL(/size=50/);
  await expect(table.getByRole('row')).toHaveCount(24);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);
  await expect(page.getByText('1–23 sur 23')).toBeVisible();

  // status and AI Act route are badges with their text; a click on the row opens the record
  const row = table.getByRole('row').filter({ hasText: `${token} 02` });
  await expect(row.getByText('En production', { exact: true })).toHaveClass(/badge tone-success/);
  await expect(row.getByText('Risque minimal', { exact: true })).toHaveClass(/badge/);
  await row.getByText('Risque minimal', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${token} 02` })).toBeVisible();
});

test('the search finds every word typed, in any order, whatever the accents and case', async ({ page }) => {
  const token = unique('Mots');
  const api = await apiAs('qualite');
  await createSystem(api, validSystem(`IA en radiologie ${token}`));
  await createSystem(api, validSystem(`Échographie cardiaque ${token}`, { tags: ['cœur'] }));
  await api.dispose();

  await openSignedIn(page, '/registre');
  const filters = page.getByRole('search', { name: 'Filtres' });
  const table = page.getByRole('table', { name: 'Systèmes d’IA du registre' });
  const search = async (text: string) => {
    await filters.getByLabel('Recherche').fill(text);
    await filters.getByRole('button', { name: 'Filtrer' }).click();
  };
  await search(`radio ia ${token}`);
  await expect(page.getByRole('status').filter({ hasText: 'système' })).toHaveText('1 système d’IA');
  await expect(table.getByRole('link', { name: `IA en radiologie ${token}` })).toBeVisible();
  await search(`${token} ECHOGRAPHIE coeur`);
  await expect(page.getByRole('status').filter({ hasText: 'système' })).toHaveText('1 système d’IA');
  await expect(table.getByRole('link', { name: `Échographie cardiaque ${token}` })).toBeVisible();
  await search(`radiologie cœur ${token}`);
  await expect(page.getByText('Aucun système d’IA ne correspond à ces critères.')).toBeVisible();
  // bookmarkable: the search is in the address, and the back button restores the previous one
  await page.goBack();
  await expect(filters.getByLabel('Recherche')).toHaveValue(`${token} ECHOGRAPHIE coeur`);
  await expect(page.getByRole('status').filter({ hasText: 'système' })).toHaveText('1 système d’IA');
});

test('demo data is announced once above the list, not on every row', async ({ page }) => {
  const api = await apiAs('qualite');
  const all = (await (await api.get('api/ai-systems?size=200&sort=createdAt')).json()) as { items: { name: string; demo: boolean }[] };
  await api.dispose();
  const demo = all.items.find((s) => s.demo)!;
  expect(demo, 'the test server holds the demo data set').toBeTruthy();

  await openSignedIn(page, `/registre?q=${encodeURIComponent(demo.name)}`);
  const table = page.getByRole('table', { name: 'Systèmes d’IA du registre' });
  await expect(table.getByRole('link', { name: demo.name })).toBeVisible();
  await expect(page.getByText('Cette page contient des fiches de démonstration')).toHaveCount(1);
  await expect(table.getByText('Démo', { exact: true })).toHaveCount(0);

  await page.goto('/registre?sort=createdAt');
  await expect(table).toBeVisible();
  await expect(page.getByText('Cette page contient des fiches de démonstration')).toHaveCount(1);
  await docScreenshots(page, 'register');
});
