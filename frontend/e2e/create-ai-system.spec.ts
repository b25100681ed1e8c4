import { apiAs, expect, field, openSignedIn, test, unique } from './support';

test('declares an AI system: checked before sending, the server’s refusal on its field, in French', async ({ page }) => {
  const name = unique('Tri des courriers');
  // an establishment that someone deletes while the form is being filled in
  const admin = await apiAs('admin');
  const finess = `75${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  const gone = await admin.post('api/establishments', {
    data: { name: unique('CH fermé'), shortName: 'CH fermé', finess, type: 'CH' },
  });
  expect(gone.status()).toBe(201);
  const establishment = (await gone.json()) as { id: number; name: string };

  const posts: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/ai-systems') && posts.push(r.url()));
  await openSignedIn(page, '/registre');
  await page.getByRole('link', { name: 'Déclarer un système d’IA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déclarer un système d’IA' })).toBeVisible();

  await field(page, 'Nom du système').fill(name);
  await field(page, 'Description courte').fill('Oriente les courriers reçus vers le bon service.');
  await field(page, 'Finalité prévue').fill('Réduire le délai de traitement des courriers.');
  await field(page, 'Mots-clés').fill('secrétariat, courrier');
  await field(page, 'Catégorie technologique').selectOption({ label: 'Traitement automatique du langage' });
  await field(page, 'Fournisseur').fill('Éditeur Exemple');
  await page.getByRole('group', { name: /^Établissements concernés/ }).getByLabel(establishment.name).check();
  await page.getByRole('group', { name: /Le système est-il un dispositif médical/ }).getByLabel('Non').check();
  await field(page, 'Rôle au titre de l’AI Act').selectOption({ label: 'Déployeur' });
  await field(page, 'Régime AI Act').selectOption({ label: 'Risque minimal' });
  await field(page, 'Justification de la qualification AI Act').fill('Tâche administrative.');
  await field(page, 'Traite des données personnelles').check();
  await page.getByRole('group', { name: /Interfaces/ }).getByLabel('Messagerie').check();
  await field(page, 'Hébergement').selectOption({ label: 'Sur site (établissement)' });
  await field(page, 'Localisation des données').selectOption({ label: 'France' });
  await field(page, 'AIPD').selectOption({ label: 'En cours' });
  await field(page, 'Niveau d’automatisation').selectOption({ label: 'Aide à la décision' });
  await field(page, 'Statut').selectOption({ label: 'Expérimentation' });
  // "Responsable métier" is required and left empty on purpose

  await page.getByRole('button', { name: 'Enregistrer' }).click();

  // checked in the page, with the server's wording: nothing was sent
  const summary = page.getByRole('alert').filter({ hasText: 'empêche' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Responsable métier : champ obligatoire' })).toBeVisible();
  const owner = field(page, 'Responsable métier');
  await expect(owner).toHaveAttribute('aria-invalid', 'true');
  await expect(owner).toHaveAccessibleDescription('Champ obligatoire');
  expect(posts).toEqual([]);
  await summary.getByRole('link', { name: /Responsable métier/ }).press('Enter');
  await expect(owner).toBeFocused();
  await owner.fill('Mme Durand, cadre de santé');
  // fixed: the message goes at once
  await expect(owner).not.toHaveAttribute('aria-invalid', 'true');

  // meanwhile the establishment is deleted: only the server can tell
  const deleted = await admin.delete(`api/establishments/${establishment.id}`, { headers: { 'If-Match': '"0"' } });
  expect(deleted.status()).toBe(204);
  await admin.dispose();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(summary).toBeFocused();
  const establishments = page.getByRole('group', { name: /^Établissements concernés/ });
  await expect(establishments).toHaveAccessibleDescription(/Établissement\(s\) inconnu\(s\) ou supprimé\(s\) entre-temps/);
  await expect(summary.getByRole('link', { name: /Établissements concernés : établissement\(s\) inconnu\(s\)/ })).toBeVisible();
  expect(posts).toHaveLength(1);
  // nothing typed was lost
  await expect(field(page, 'Nom du système')).toHaveValue(name);

  await establishments.getByLabel(establishment.name).uncheck();
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'ajouté au registre' })).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText('Mme Durand, cadre de santé');
  await expect(page.getByRole('tabpanel')).toContainText('Traitement automatique du langage');

  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Fiche créée par qualite');
});
