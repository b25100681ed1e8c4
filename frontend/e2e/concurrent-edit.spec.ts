import { apiAs, createSystem, expect, field, openSignedIn, test, toRequest, type Json, unique, validSystem } from './support';

test('a concurrent change is reported clearly and nothing typed is lost', async ({ page }) => {
  const name = unique('Aide au codage');
  const admin = await apiAs('admin');
  const created = await createSystem(admin, validSystem(name, { supplier: 'Éditeur A' }));

  await openSignedIn(page, `/registre/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Modifier « ${name} »` })).toBeVisible();

  await field(page, 'Limites connues').fill('Ne couvre pas les actes de pédiatrie.');
  await field(page, 'Description courte').fill('Propose des codes CIM-10 à partir du compte rendu.');

  // meanwhile, someone else saves the same record
  const current = await admin.get(`api/ai-systems/${created.id}`);
  const etag = current.headers()['etag'];
  expect(etag).toBeTruthy();
  const theirs = { ...toRequest((await current.json()) as Json), supplier: 'Éditeur B', knownLimitations: 'Hors urgences.' };
  const saved = await admin.put(`api/ai-systems/${created.id}`, { data: theirs, headers: { 'If-Match': etag! } });
  expect(saved.status(), await saved.text()).toBe(200);
  await admin.dispose();

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Modification concurrente' });
  await expect(conflict).toContainText('Ce système a été modifié par quelqu’un d’autre pendant votre saisie');
  await expect(field(page, 'Limites connues')).toHaveValue('Ne couvre pas les actes de pédiatrie.');
  await expect(field(page, 'Description courte')).toHaveValue('Propose des codes CIM-10 à partir du compte rendu.');

  await conflict.getByRole('button', { name: 'Charger la version actuelle' }).click();
  const differences = conflict.getByRole('table', { name: 'Champs où votre saisie diffère de la version actuelle' });
  const row = differences.getByRole('row', { name: /Limites connues/ });
  await expect(row).toContainText('Ne couvre pas les actes de pédiatrie.');
  await expect(row).toContainText('Hors urgences.');
  // the other person's change to a field the user did not touch is taken over, not undone
  await expect(conflict).toContainText('Fournisseur');
  await expect(field(page, 'Fournisseur')).toHaveValue('Éditeur B');
  await expect(field(page, 'Limites connues')).toHaveValue('Ne couvre pas les actes de pédiatrie.');

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Les modifications ont été enregistrées.' })).toBeVisible();
  const sheet = page.getByRole('tabpanel');
  await expect(sheet).toContainText('Ne couvre pas les actes de pédiatrie.');
  await expect(sheet).toContainText('Propose des codes CIM-10 à partir du compte rendu.');
  await expect(sheet).toContainText('Éditeur B');

  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Hors urgences.');
  await expect(page.getByRole('tabpanel')).toContainText('Ne couvre pas les actes de pédiatrie.');
});
