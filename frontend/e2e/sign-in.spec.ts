import { apiAs, createSystem, expect, field, openSignedIn, signIn, test, unique, validSystem } from './support';

test('signs in, shows the navigation, switches language and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // an empty form is checked before sending, next to each field, in French
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByLabel('Identifiant')).toHaveAccessibleDescription('Champ obligatoire');
  await expect(page.getByLabel('Mot de passe')).toHaveAccessibleDescription('Champ obligatoire');
  await expect(page.getByText('fields are invalid')).toHaveCount(0);

  await page.getByLabel('Identifiant').fill('qualite');
  await page.getByLabel('Mot de passe').fill('pas-le-bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('alert')).toContainText('Identifiant ou mot de passe incorrect.');

  // keyboard only: type, Tab to the password, Enter to submit
  await page.getByLabel('Identifiant').fill('');
  await page.getByLabel('Identifiant').focus();
  await page.keyboard.type('qualite');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mot de passe')).toBeFocused();
  await page.keyboard.type('vigie-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Accueil' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Registre SIA' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'À faire' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Établissements' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Cas d’usage' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Priorisation' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Incidents' })).toBeVisible();
  // only features that work have an entry
  await expect(nav.getByRole('listitem')).toHaveCount(7);
  await expect(page.getByRole('region', { name: 'Utilisateur connecté' })).toContainText('Qualité');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.goto('/registre');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
});

test('a reader sees no create or edit button, and a forced save is refused clearly', async ({ page }) => {
  const api = await apiAs('qualite');
  const name = unique('Lecture seule');
  const created = await createSystem(api, validSystem(name));
  await api.dispose();

  await openSignedIn(page, '/registre', 'lecteur');
  await expect(page.getByRole('heading', { level: 1, name: 'Registre des SIA' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Déclarer un système d’IA' })).toHaveCount(0);
  await page.goto(`/registre/${created.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Modifier' })).toHaveCount(0);

  // typing the address of the form does not give the right to save
  await page.goto(`/registre/${created.id}/modifier`);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Votre profil ne permet pas cette action.' })).toBeVisible();
});

test('after the session ends, signing in again returns to the page the user was on', async ({ page }) => {
  await openSignedIn(page, '/registre?status=PILOT');
  await expect(page).toHaveURL(/\/registre\?status=PILOT$/);
  await expect(page.getByLabel('Statut', { exact: true })).toHaveValue('PILOT');

  // the session ends on the server (expiry, or sign-out in another tab)
  const ended = await page.request.delete('api/session', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(ended.status()).toBe(204);

  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Établissements' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Votre session a expiré' })).toBeVisible();
  await signIn(page, 'qualite');
  await expect(page.getByRole('heading', { level: 1, name: 'Établissements' })).toBeVisible();
  await expect(page).toHaveURL(/\/etablissements$/);
});

test('what was typed survives an expired session', async ({ page }) => {
  const api = await apiAs('qualite');
  const name = unique('Saisie à ne pas perdre');
  const created = await createSystem(api, validSystem(name));
  await api.dispose();
  await openSignedIn(page, `/registre/${created.id}/modifier`);
  await field(page, 'Limites connues').fill('Texte long tapé avant l’expiration.');

  const ended = await page.request.delete('api/session', { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
  expect(ended.status()).toBe(204);
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await signIn(page, 'qualite');
  await expect(page.getByRole('heading', { level: 1, name: `Modifier « ${name} »` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'votre saisie a été restaurée' })).toBeVisible();
  await expect(field(page, 'Limites connues')).toHaveValue('Texte long tapé avant l’expiration.');
  // saved on the version it was based on
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Les modifications ont été enregistrées.' })).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText('Texte long tapé avant l’expiration.');
});
