import { apiAs, axe, createSystem, expect, field, openSignedIn, test, unique, validSystem } from './support';

test('declaring an incident shows its duties with their Paris deadlines and countdowns, then a duty is recorded done', async ({ page }) => {
  const api = await apiAs('qualite');
  const name = unique('Assistant de comptes rendus');
  const system = await createSystem(api, validSystem(name, { personalData: true }));
  await api.dispose();

  await openSignedIn(page, '/incidents');
  await expect(page.getByRole('heading', { level: 1, name: 'Registre des incidents' })).toBeVisible();
  await page.getByRole('link', { name: 'Déclarer un incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déclarer un incident' })).toBeVisible();

  // refused by the server: no harm chosen, death without a harm to a person
  await field(page, 'Système d’IA concerné').selectOption(String(system.id));
  await field(page, 'Description de l’incident').fill('Compte rendu d’un patient envoyé dans le dossier d’un autre.');
  await page.getByRole('button', { name: 'Déclarer', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Préjudice' })).toBeVisible();

  // 23 Oct 2026 10:00 in Paris (CEST): the CNIL is due 72 h later, 26 Oct 09:00 CET after the change of time
  await field(page, 'Connaissance par l’établissement le').fill('2026-10-23T10:00');
  await page.getByLabel('Droits des personnes (dont données personnelles)').check();
  await page.getByLabel('Ni décès ni dégradation grave de l’état de santé').check();
  await page.getByLabel('Violation de données personnelles').check();
  await page.getByRole('button', { name: 'Déclarer', exact: true }).click();

  await expect(page.getByText('Incident déclaré : ses obligations ont été calculées.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const duties = page.getByRole('table', { name: 'Obligations de déclaration, destinataires et échéances' });
  const cnil = duties.getByRole('row').filter({ hasText: 'Notifier la violation de données personnelles à la CNIL' });
  await expect(cnil).toContainText('CNIL (par le délégué à la protection des données)');
  await expect(cnil).toContainText('Règlement (UE) 2016/679, art. 33(1) et 33(4)');
  await expect(cnil).toContainText('26 oct. 2026');
  await expect(cnil).toContainText('09:00');
  await expect(cnil).toContainText('En retard de');
  await expect(cnil).toContainText('À faire');
  await expect(duties.getByRole('row')).toHaveCount(2);

  await cnil.getByRole('button', { name: /^Mettre à jour/ }).click();
  await cnil.getByLabel('Faite le (heure de Paris)').fill('2026-10-24T16:30');
  await cnil.getByLabel(/^Référence de la déclaration/).fill('CNIL-2026-1042');
  await cnil.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(cnil).toContainText('Faite');
  await expect(cnil).toContainText('réf. CNIL-2026-1042');
  await expect(cnil).not.toContainText('En retard de');

  // the register lists it, for this system
  await page.getByRole('link', { name: 'Retour au registre des incidents' }).click();
  await field(page, 'Système d’IA').selectOption(String(system.id));
  await expect(page.getByRole('status').filter({ hasText: '1 incident' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('aucune à faire');
});

test('the home page lists the demo duties overdue and due within 48 h', async ({ page }) => {
  await openSignedIn(page, '/');
  const panel = page.getByRole('region', { name: 'Incidents : obligations à tenir' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Notifier la violation de données personnelles à la CNIL');
  // the demo's CNIL duty is due within 48 h; the overdue duties of other tests' incidents come first in the list
  await expect(panel.getByRole('link', { name: /^[1-9]\d* obligations? à échéance sous 48 h/ })).toBeVisible();
});

test.describe('accessibility of the incident pages', () => {
  // axe is injected as an inline script, which the app's Content-Security-Policy blocks
  test.use({ bypassCSP: true });

  test('the declaration form with errors and an incident page pass axe', async ({ page }) => {
    await openSignedIn(page, '/incidents/nouveau');
    await page.getByRole('button', { name: 'Déclarer', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Préjudice' })).toBeVisible();
    expect(await axe(page), 'form with errors').toEqual([]);
    await page.goto('/incidents?open=true');
    await page.getByRole('row').filter({ hasText: 'Alerte précoce de sepsis' }).getByRole('link').first().click();
    await expect(page.getByRole('table', { name: 'Obligations de déclaration, destinataires et échéances' })).toBeVisible();
    expect(await axe(page), 'incident page').toEqual([]);
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Incidents : obligations à tenir' })).toBeVisible();
    expect(await axe(page), 'home').toEqual([]);
  });
});
