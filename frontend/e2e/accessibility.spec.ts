import { apiAs, axe, createSystem, docScreenshots, expect, openSignedIn, test, unique, validSystem, VIEWPORTS } from './support';

// axe-core is injected as an inline script, which the app's Content-Security-Policy rightly blocks.
test.use({ bypassCSP: true });

test('the main pages pass the automated WCAG 2.1 AA checks', async ({ page }) => {
  const api = await apiAs('qualite');
  const created = await createSystem(api, validSystem(unique('Accessibilité')));
  await api.dispose();

  await page.goto('/connexion');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByLabel('Identifiant')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page), 'login page with errors').toEqual([]);

  await openSignedIn(page, '/registre');
  await expect(page.getByRole('table', { name: 'Systèmes d’IA du registre' })).toBeVisible();
  expect(await axe(page), 'register').toEqual([]);

  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await page.goto(`/registre/${created.id}`);
    await expect(page.getByRole('tabpanel')).toBeVisible();
    expect(await axe(page), `record sheet (${size})`).toEqual([]);
    await page.getByRole('tab', { name: 'Historique' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('Fiche créée');
    expect(await axe(page), `history (${size})`).toEqual([]);

    await page.goto('/registre/nouveau');
    await expect(page.getByRole('heading', { level: 1, name: 'Déclarer un système d’IA' })).toBeVisible();
    expect(await axe(page), `form (${size})`).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'empêchent' })).toBeVisible();
    expect(await axe(page), `form with errors (${size})`).toEqual([]);
  }
  await page.setViewportSize(VIEWPORTS.desktop);

  await page.goto('/etablissements');
  await expect(page.getByRole('heading', { level: 1, name: 'Établissements' })).toBeVisible();
  expect(await axe(page), 'establishments').toEqual([]);
  await page.getByRole('table', { name: 'Établissements du GHT' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Systèmes d’IA déployés dans l’établissement' })).toBeVisible();
  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    expect(await axe(page), `establishment (${size})`).toEqual([]);
  }
  await page.getByRole('button', { name: 'Supprimer' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axe(page), 'confirmation dialog').toEqual([]);
});

test('the home page and the register pass the same checks at desktop and phone sizes', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await openSignedIn(page, '/');
  await expect(page.getByRole('region', { name: 'Registre des SIA' }).getByRole('heading', { name: 'Dernières modifications' })).toBeVisible();
  expect(await axe(page), 'home, desktop').toEqual([]);
  await page.goto('/registre?sort=-updatedAt&size=10'); // the demo data set alone fills two pages
  await expect(page.getByRole('table', { name: 'Systèmes d’IA du registre' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeVisible();
  expect(await axe(page), 'register, desktop').toEqual([]);

  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Registre des SIA' }).getByRole('heading', { name: 'Dernières modifications' })).toBeVisible();
  expect(await axe(page), 'home, phone').toEqual([]);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  expect(await axe(page), 'home, phone, menu open').toEqual([]);
  await page.goto('/registre?size=10');
  await expect(page.getByRole('table', { name: 'Systèmes d’IA du registre' })).toBeVisible();
  expect(await axe(page), 'register, phone').toEqual([]);
  await page.getByRole('button', { name: /^Recherche et filtres/ }).click();
  await expect(page.getByRole('search', { name: 'Filtres' })).toBeVisible();
  expect(await axe(page), 'register, phone, filters open').toEqual([]);
});

test('the sign-in page, the establishments list and the establishment form pass at desktop and phone sizes', async ({ page }) => {
  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
    expect(await axe(page), `sign-in (${size})`).toEqual([]);
  }
  await docScreenshots(page, 'sign-in');

  await page.setViewportSize(VIEWPORTS.desktop);
  await openSignedIn(page, '/etablissements');
  await expect(page.getByRole('table', { name: 'Établissements du GHT' })).toBeVisible();
  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await page.goto('/etablissements');
    await expect(page.getByRole('table', { name: 'Établissements du GHT' })).toBeVisible();
    expect(await axe(page), `establishments (${size})`).toEqual([]);
  }
  await docScreenshots(page, 'establishments');

  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await page.goto('/etablissements/nouveau');
    await expect(page.getByRole('heading', { level: 1, name: 'Ajouter un établissement' })).toBeVisible();
    expect(await axe(page), `establishment form (${size})`).toEqual([]);
  }
  await docScreenshots(page, 'establishment-form');
});

test('the “À faire” page passes at desktop and phone sizes', async ({ page }) => {
  const api = await apiAs('qualite');
  const created = await createSystem(api, validSystem(unique('Accessibilité surveillance')));
  const line = await api.post('api/monitoring-lines', {
    data: {
      aiSystemId: created.id, name: 'Taux de refus', watchedKind: 'REFUSAL_RATE', cadence: 'QUARTERLY',
      owner: unique('Cellule qualité'), breachActionKind: 'INVESTIGATE', breachAction: 'Analyser les refus.',
      startsOn: '2020-01-01',
    },
  });
  expect(line.status(), await line.text()).toBe(201);
  await api.dispose();

  await openSignedIn(page, '/a-faire');
  await expect(page.getByRole('heading', { level: 1, name: 'À faire' })).toBeVisible();
  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await page.goto('/a-faire');
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await axe(page), `to do (${size})`).toEqual([]);
  }
  await docScreenshots(page, 'todo');
});
