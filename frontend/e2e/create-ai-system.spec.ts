import { expect, field, openSignedIn, test, unique } from './support';

test('creates an AI system: the server rejects a missing field, the user fixes it and saves', async ({ page }) => {
  const name = unique('Tri des courriers');
  await openSignedIn(page, '/registre');
  await page.getByRole('link', { name: 'Déclarer un système d’IA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déclarer un système d’IA' })).toBeVisible();

  await field(page, 'Nom du système').fill(name);
  await field(page, 'Description courte').fill('Oriente les courriers reçus vers le bon service.');
  await field(page, 'Finalité prévue').fill('Réduire le délai de traitement des courriers.');
  await field(page, 'Mots-clés').fill('secrétariat, courrier');
  await field(page, 'Catégorie technologique').selectOption({ label: 'Traitement automatique du langage' });
  await field(page, 'Fournisseur').fill('Éditeur Exemple');
  await field(page, 'Niveau d’automatisation').selectOption({ label: 'Aide à la décision' });
  await page.getByRole('group', { name: /Intégrations/ }).getByLabel('Messagerie').check();
  await field(page, 'Qualification dispositif médical').selectOption({ label: 'Pas un dispositif médical' });
  await field(page, 'Rôle au sens de l’AI Act').selectOption({ label: 'Déployeur' });
  await field(page, 'Route AI Act').selectOption({ label: 'Risque minimal' });
  await field(page, 'Justification de la qualification AI Act').fill('Tâche administrative.');
  await field(page, 'Traite des données personnelles').check();
  await field(page, 'Hébergement').selectOption({ label: 'Sur site (établissement)' });
  await field(page, 'Localisation des données').selectOption({ label: 'France' });
  await field(page, 'AIPD').selectOption({ label: 'En cours' });
  await field(page, 'Statut').selectOption({ label: 'Expérimentation' });
  // "Responsable métier" is required and left empty on purpose

  await page.getByRole('button', { name: 'Enregistrer' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'empêche' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Responsable métier/ })).toBeVisible();
  const owner = field(page, 'Responsable métier');
  await expect(owner).toHaveAttribute('aria-invalid', 'true');
  // the server answers in the interface language (Accept-Language)
  await expect(owner).toHaveAccessibleDescription(/ne doit pas être vide/);
  // the summary link takes the keyboard user to the field
  await summary.getByRole('link', { name: /Responsable métier/ }).press('Enter');
  await expect(owner).toBeFocused();
  // nothing typed was lost
  await expect(field(page, 'Nom du système')).toHaveValue(name);

  await owner.fill('Mme Durand, cadre de santé');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'ajouté au registre' })).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText('Mme Durand, cadre de santé');
  await expect(page.getByRole('tabpanel')).toContainText('Traitement automatique du langage');

  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Création');
});
