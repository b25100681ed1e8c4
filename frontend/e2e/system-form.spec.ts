import { apiAs, createSystem, docScreenshots, expect, field, openSignedIn, test, unique, validSystem, VIEWPORTS } from './support';

test('the form shows a field when it applies and what is left to fill per section', async ({ page }) => {
  await openSignedIn(page, '/registre/nouveau');
  await expect(page.getByRole('heading', { level: 1, name: 'Déclarer un système d’IA' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections du formulaire' });
  await expect(nav.getByRole('link')).toHaveText([
    /^Identité et finalité/, /^Établissements et responsables/, /^Qualification DM et AI Act/,
    /^Données, hébergement et AIPD/, /^Supervision humaine et automatisation/, /^Cycle de vie et revue/,
  ]);
  const identity = nav.getByRole('link', { name: /^Identité et finalité/ });
  await expect(identity).toContainText('5 champs obligatoires manquants');

  // the supplier is asked unless the system is developed in-house
  await expect(field(page, 'Fournisseur')).toBeVisible();
  await field(page, 'Développé en interne').check();
  await expect(field(page, 'Fournisseur')).toHaveCount(0);
  await expect(identity).toContainText('4 champs obligatoires manquants');
  await field(page, 'Nom du système').fill(unique('Formulaire'));
  await field(page, 'Description courte').fill('Aide à la lecture.');
  await field(page, 'Finalité prévue').fill('Gagner du temps.');
  await field(page, 'Catégorie technologique').selectOption({ label: 'Vision par ordinateur' });
  await expect(identity).toContainText('1 champ à compléter'); // the excluded uses
  await field(page, 'Usages exclus').fill('Pas de diagnostic autonome.');
  await expect(identity).toContainText('Complète');

  // the medical-device class only for a medical device, the CE certificate only when a notified body certifies it
  const qualification = page.getByRole('region', { name: /^Qualification DM et AI Act/ });
  await expect(qualification.getByLabel(/^Classe du dispositif médical/)).toHaveCount(0);
  await qualification.getByRole('group', { name: /Le système est-il un dispositif médical/ }).getByLabel('Oui').check();
  await expect(field(page, 'Référence du certificat CE')).toHaveCount(0);
  await field(page, 'Classe du dispositif médical').selectOption({ label: 'DM classe IIa (MDR)' });
  await expect(field(page, 'Référence du certificat CE')).toBeVisible();
  await field(page, 'Classe du dispositif médical').selectOption({ label: 'DM classe I (MDR)' });
  await expect(field(page, 'Référence du certificat CE')).toHaveCount(0);
  // the Annex III point only for a high-risk system under Annex III
  await expect(field(page, 'Point de l’annexe III')).toHaveCount(0);
  await field(page, 'Régime AI Act').selectOption({ label: 'Haut risque – annexe III' });
  await field(page, 'Point de l’annexe III').fill('5d');
  // the host's name when hosted outside, the DPIA reference once the DPIA is completed
  await expect(field(page, 'Nom de l’hébergeur')).toHaveCount(0);
  await field(page, 'Hébergement').selectOption({ label: 'Hébergeur certifié HDS' });
  await expect(field(page, 'Nom de l’hébergeur')).toBeVisible();
  await field(page, 'AIPD').selectOption({ label: 'Réalisée' });
  await expect(field(page, 'Référence de l’AIPD')).toBeVisible();
  await field(page, 'Conservation des journaux (mois)').fill('3');
  await page.evaluate(() => window.scrollTo(0, 0));
  await docScreenshots(page, 'system-form');

  // checked before sending, next to each field, with the server's rules
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'empêchent' })).toBeFocused();
  await expect(field(page, 'Point de l’annexe III')).toHaveAccessibleDescription(/Doit être un point de l’annexe III, par exemple 5 ou 5\(d\)/);
  await expect(field(page, 'Nom de l’hébergeur')).toHaveAccessibleDescription(/Obligatoire si le système n’est pas hébergé sur site/);
  await expect(field(page, 'Conservation des journaux (mois)')).toHaveAccessibleDescription(/Au moins 6 mois pour un système à haut risque/);
  await expect(nav.getByRole('link', { name: /^Qualification DM et AI Act/ })).toContainText('erreur');
  await field(page, 'Point de l’annexe III').fill('5(d)');
  await expect(field(page, 'Point de l’annexe III')).not.toHaveAttribute('aria-invalid', 'true');
});

test('leaving a form with unsaved changes asks first, in the app and when closing the tab', async ({ page }) => {
  const api = await apiAs('qualite');
  const system = await createSystem(api, validSystem(unique('Départ')));
  await api.dispose();
  await openSignedIn(page, `/registre/${system.id}/modifier`);
  await expect(page.getByRole('heading', { level: 1, name: /^Modifier/ })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Navigation principale' });

  // nothing changed: no question
  await menu.getByRole('link', { name: 'Établissements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Établissements' })).toBeVisible();
  await page.goBack();
  await field(page, 'Limites connues').fill('Saisie non enregistrée.');

  await menu.getByRole('link', { name: 'Établissements' }).click();
  const dialog = page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Rester sur la page' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Rester sur la page' }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, 'Limites connues')).toHaveValue('Saisie non enregistrée.');
  await page.getByRole('link', { name: 'Annuler' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/modifier$/);

  // closing the tab: the browser's own warning
  const warned = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const unload = await warned;
  expect(unload.type()).toBe('beforeunload');
  await unload.accept();
});

test('leaving after confirming goes where the user asked', async ({ page }) => {
  await openSignedIn(page, '/registre/nouveau');
  await field(page, 'Nom du système').fill('Brouillon abandonné');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Établissements' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Établissements' })).toBeVisible();
});

test('on a phone the sections are an accordion, and a refused save opens the section at fault', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await openSignedIn(page, '/registre/nouveau');
  await expect(page.getByRole('navigation', { name: 'Sections du formulaire' })).toHaveCount(0);
  const identity = page.getByRole('button', { name: /^Identité et finalité/ });
  const lifecycle = page.getByRole('button', { name: /^Cycle de vie et revue/ });
  await expect(identity).toHaveAttribute('aria-expanded', 'true');
  await expect(lifecycle).toHaveAttribute('aria-expanded', 'false');
  await expect(field(page, 'Statut')).toBeHidden();
  // big enough for a thumb
  const box = (await lifecycle.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThan(300);
  await lifecycle.click();
  await expect(lifecycle).toHaveAttribute('aria-expanded', 'true');
  await field(page, 'Statut').selectOption({ label: 'Idée' });
  await identity.click();
  await expect(field(page, 'Nom du système')).toBeHidden();

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'empêchent' });
  await expect(summary).toBeFocused();
  await expect(identity).toHaveAttribute('aria-expanded', 'true');
  await expect(identity).toContainText('erreur');
  await summary.getByRole('link', { name: /Responsable métier/ }).click();
  await expect(field(page, 'Responsable métier')).toBeFocused();
});
