import { apiAs, createSystem, docScreenshots, expect, openSignedIn, test, unique, validSystem } from './support';

async function newEstablishment(label: string) {
  const admin = await apiAs('admin');
  const finess = `69${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const name = unique(label);
  const response = await admin.post('api/establishments', { data: { name, shortName: name.slice(-12), finess, type: 'CH' } });
  expect(response.status()).toBe(201);
  const created = (await response.json()) as { id: number; name: string };
  return { admin, ...created };
}

test('an establishment’s page lists its systems; delete is refused while they name it, archive is confirmed', async ({ page }) => {
  const est = await newEstablishment('CH de la Vallée');
  const system = await createSystem(est.admin, validSystem(unique('Planification des blocs'), { establishmentIds: [est.id] }));
  await est.admin.dispose();

  await openSignedIn(page, '/etablissements');
  const search = page.getByRole('search', { name: 'Filtres' });
  await search.getByLabel('Recherche').fill(est.name);
  await search.getByRole('button', { name: 'Filtrer' }).click();
  await page.getByRole('table', { name: 'Établissements du GHT' }).getByRole('link', { name: est.name }).click();

  await expect(page.getByRole('heading', { level: 1, name: est.name })).toBeVisible();
  const systems = page.getByRole('table', { name: 'Systèmes d’IA rattachés à l’établissement' });
  await expect(systems.getByRole('link', { name: String(system.name) })).toBeVisible();
  await expect(systems).toContainText('Expérimentation');
  await docScreenshots(page, 'establishment');

  // delete: confirmed in a dialog, refused by the server with the reason and the way out
  await page.getByRole('button', { name: 'Supprimer' }).click();
  const dialog = page.getByRole('dialog', { name: `Supprimer « ${est.name} » ?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(dialog.getByRole('alert')).toContainText('est encore rattaché à des systèmes d’IA du registre');
  await expect(dialog.getByRole('alert')).toContainText('archivez-le');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();

  // archive, then restore
  await page.getByRole('button', { name: 'Archiver' }).click();
  const archive = page.getByRole('dialog', { name: `Archiver « ${est.name} » ?` });
  await archive.getByRole('button', { name: 'Archiver l’établissement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'L’établissement a été archivé.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Archivé');
  await expect(page.getByText('Cet établissement est archivé')).toBeVisible();
  await expect(systems.getByRole('link', { name: String(system.name) })).toBeVisible();

  // an archived establishment is no longer offered to other systems
  await page.goto('/registre/nouveau');
  await expect(page.getByRole('group', { name: /^Établissements concernés/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Établissements concernés/ }).getByLabel(est.name)).toHaveCount(0);
  await page.goto(`/etablissements/${est.id}`);

  await page.getByRole('button', { name: 'Réactiver' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Réactiver l’établissement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'L’établissement a été réactivé.' })).toBeVisible();
});

test('an establishment no system names is deleted after confirmation', async ({ page }) => {
  const est = await newEstablishment('CH à fermer');
  await est.admin.dispose();
  await openSignedIn(page, `/etablissements/${est.id}`);
  await expect(page.getByText('Aucun système d’IA du registre n’est rattaché à cet établissement.')).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Établissements' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `L’établissement « ${est.name} » a été supprimé.` })).toBeVisible();
});
