import type { APIRequestContext, Page } from '@playwright/test';
import { apiAs, axe, createSystem, docScreenshots, expect, field, openSignedIn, test, unique, validSystem, VIEWPORTS } from './support';

interface Line { id: number; name: string }

/** The first day of the month two months ago: a monthly line started then is overdue whatever today is. */
function twoMonthsAgo(): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 2, 1)).toISOString().slice(0, 10);
}

const today = () => new Date().toISOString().slice(0, 10);

async function monitoringLevel(api: APIRequestContext, id: number): Promise<string> {
  const response = await api.get(`api/ai-systems/${id}`);
  return ((await response.json()) as { monitoringStatus: { level: string } }).monitoringStatus.level;
}

async function redIds(api: APIRequestContext): Promise<number[]> {
  const response = await api.get('api/ai-systems?monitoringStatus=RED&size=200');
  return ((await response.json()) as { items: { id: number }[] }).items.map((s) => s.id);
}

/** The system's row in the register list carries the monitoring badge. */
async function expectRegisterBadge(page: Page, name: string, badge: string) {
  await page.goto(`/registre?q=${encodeURIComponent(name)}`);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row.getByText(badge, { exact: true })).toBeVisible();
}

async function addLine(page: Page, name: string) {
  await page.getByRole('button', { name: 'Ajouter une ligne de surveillance' }).click();
  const form = page.getByRole('form', { name: 'Ajouter une ligne de surveillance' });
  // the required fields are checked before anything is sent
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('alert')).toContainText('Intitulé de la ligne – champ obligatoire');
  await field(form, 'Intitulé de la ligne').fill(name);
  await field(form, 'Ce qui est surveillé').selectOption({ label: 'Distribution d’une donnée d’entrée' });
  await expect(field(form, 'Méthode')).toContainText('Méthode par défaut : Indice de stabilité de population (PSI)');
  await field(form, 'Responsable').fill('Dr Durand, référente IA');
  await field(form, 'Action en cas de dépassement').selectOption({ label: 'Analyser' });
  await field(form, 'Action prévue, en détail').fill('Comparer le recrutement avec l’éditeur et informer la CME.');
  await field(form, 'Début de la surveillance').fill(twoMonthsAgo());
  // bands in the wrong order: refused by the server, on the field
  await field(form, 'Seuil modéré').fill('0,3');
  await field(form, 'Seuil significatif').fill('0,2');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(field(form, 'Seuil significatif')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('alert')).toContainText('Seuil significatif –');
  await field(form, 'Seuil modéré').fill('');
  await field(form, 'Seuil significatif').fill('');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: `La ligne « ${name} » a été enregistrée.` })).toBeVisible();
}

test('a drifting check opens an alert that turns the system red; it is acknowledged and resolved', async ({ page }) => {
  const api = await apiAs('qualite');
  const system = await createSystem(api, validSystem(unique('Tri des courriers surveillé')));
  const id = Number(system.id);
  const lineName = unique('Âge des patients');

  await openSignedIn(page, `/registre/${id}?onglet=surveillance`);
  await expect(page.getByRole('tab', { name: 'Surveillance' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Aucune ligne de surveillance pour ce système.')).toBeVisible();
  await addLine(page, lineName);

  const plan = page.getByRole('table', { name: 'Plan de surveillance' });
  const row = plan.getByRole('row').filter({ hasText: lineName });
  await expect(row).toContainText('Indice de stabilité de population (PSI)');
  await expect(row).toContainText('0,1 / 0,25');
  await expect(row).toContainText('Mensuel');
  // started two months ago, its first check was due a month later: overdue, the system is orange
  await expect(row).toContainText('En retard');
  expect(await monitoringLevel(api, id)).toBe('ORANGE');
  await expect(page.getByRole('heading', { name: `Contrôles de « ${lineName} »` })).toBeVisible();
  await expect(page.getByText('Aucun contrôle enregistré pour cette ligne.')).toBeVisible();

  // the form: a value that is not a number is caught here, a fractional count by the server, on its field
  const form = page.getByRole('form', { name: 'Enregistrer un contrôle' });
  await field(form, 'Bornes des classes').fill('0 ; 1 ; 2 ; 3');
  await field(form, 'Effectifs de la période de référence').fill('100 ; 100 ; 100');
  await field(form, 'Effectifs de la période contrôlée').fill('10 ; abc ; 250');
  await form.getByRole('button', { name: 'Enregistrer le contrôle' }).click();
  await expect(form.getByRole('alert')).toContainText('Effectifs de la période contrôlée – la valeur 2 n’est pas un nombre');
  await field(form, 'Effectifs de la période contrôlée').fill('10 ; 40,5 ; 250');
  await form.getByRole('button', { name: 'Enregistrer le contrôle' }).click();
  await expect(form.getByText(/^Élément 2\u00a0: .*NON_INTEGER_COUNT/)).toBeVisible();
  await expect(field(form, 'Effectifs de la période contrôlée')).toHaveAttribute('aria-invalid', 'true');

  // a drifting check up to today: PSI 1.33, well above the significant 0.25
  await expect(field(form, 'Début de la période')).toHaveValue(twoMonthsAgo());
  await field(form, 'Fin de la période').fill(today());
  await field(form, 'Effectifs de la période contrôlée').fill('10 ; 40 ; 250');
  await form.getByRole('button', { name: 'Enregistrer le contrôle' }).click();
  await expect(form.getByRole('status')).toContainText('Contrôle enregistré. Dérive : Significative.');
  await expect(form.getByRole('status')).toContainText('une alerte est ouverte ou mise à jour');
  await expect(row).toContainText('À jour');

  const history = page.getByRole('table', { name: 'Historique des contrôles' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('psi');
  await expect(history).toContainText('1,332');
  await expect(history).toContainText('Significative');
  await expect(history).toContainText('Alerte n°');
  await expect(page.getByRole('img', { name: /Graphique de psi sur 1 contrôle, dont 1 dépassement de seuil/ })).toBeVisible();

  const alerts = page.getByRole('table', { name: 'Alertes' });
  const alertRow = alerts.getByRole('row').filter({ hasText: lineName });
  await expect(alertRow).toContainText('Significative');
  await expect(alertRow).toContainText('Ouverte');
  expect(await monitoringLevel(api, id)).toBe('RED');
  expect(await redIds(api)).toContain(id);
  await expectRegisterBadge(page, String(system.name), 'Rouge');
  await page.goBack();
  await expect(alertRow).toContainText('Ouverte');

  // a CSV file refused cell by cell, in French; then a pasted table (tabs, decimal comma) recorded
  await form.getByRole('radio', { name: 'Fichier CSV' }).check();
  await field(form, 'Fin de la période').fill('2099-01-31');
  await form.getByLabel(/^Fichier CSV \*/).setInputFiles({ name: 'controle.csv', mimeType: 'text/csv',
    buffer: Buffer.from('lower;upper;reference;current\n0;1;100;12\n1;2;100;beaucoup\n2;3;100;260\n') });
  await form.getByRole('button', { name: 'Enregistrer le contrôle' }).click();
  await expect(form.getByText(/^Ligne 3, colonne current : doit être un nombre/)).toBeVisible();
  await form.getByRole('radio', { name: 'Coller un tableau' }).check();
  await field(form, 'Début de la période').fill('2099-01-01');
  await field(form, 'Tableau collé depuis un tableur').fill('lower\tupper\treference\tcurrent\n0\t1\t100\t12\n1\t2\t100\t38\n2\t3\t100\t250\n');
  await form.getByRole('button', { name: 'Enregistrer le contrôle' }).click();
  await expect(form.getByRole('status')).toContainText('Dérive : Significative.');
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(alertRow.getByRole('cell', { name: '2', exact: true })).toBeVisible(); // two breaches, one alert
  // the next period is offered
  await expect(field(form, 'Début de la période')).toHaveValue('2099-02-01');
  await page.getByRole('heading', { name: `Contrôles de « ${lineName} »` }).evaluate((h) => h.scrollIntoView());
  await docScreenshots(page, 'monitoring');

  // acknowledge with a comment
  await alertRow.getByRole('button', { name: `Prendre en charge – ${lineName}` }).click();
  const ack = page.getByRole('dialog', { name: `Prendre en charge l’alerte de « ${lineName} »` });
  await ack.getByLabel('Commentaire').fill('Analyse en cours avec l’éditeur.');
  await ack.getByRole('button', { name: 'Prendre en charge' }).click();
  await expect(alertRow).toContainText('Prise en charge');
  await expect(alertRow).toContainText('Analyse en cours avec l’éditeur.');
  expect(await monitoringLevel(api, id)).toBe('RED');

  // someone else changes the alert meanwhile: the resolve is refused (412) and the list reloaded
  const [line] = ((await (await api.get(`api/monitoring-lines?aiSystemId=${id}`)).json()) as { items: Line[] }).items;
  const csv = await api.post(`api/monitoring-lines/${line!.id}/checks/csv?periodStart=2099-02-01&periodEnd=2099-02-28`, {
    headers: { 'Content-Type': 'text/csv' }, data: 'lower;upper;reference;current\n0;1;100;5\n1;2;100;30\n2;3;100;265\n' });
  expect(csv.status(), await csv.text()).toBe(201);
  await alertRow.getByRole('button', { name: `Résoudre – ${lineName}` }).click();
  const resolve = page.getByRole('dialog', { name: `Résoudre l’alerte de « ${lineName} »` });
  await resolve.getByRole('button', { name: 'Résoudre' }).click();
  await expect(resolve.getByRole('alert')).toContainText('Action menée – champ obligatoire');
  await field(resolve, 'Action menée').fill('Recrutement modifié par l’ouverture d’un service ; référence recalculée.');
  await resolve.getByRole('button', { name: 'Résoudre' }).click();
  await expect(resolve.getByRole('alert')).toContainText('modifiée par quelqu’un d’autre entre-temps');
  await expect(alertRow.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await resolve.getByRole('button', { name: 'Résoudre' }).click();
  await expect(resolve).toBeHidden();
  await expect(alertRow).toContainText('Résolue');
  await expect(alertRow).toContainText('Action : Recrutement modifié');
  expect(await monitoringLevel(api, id)).toBe('GREEN');
  expect(await redIds(api)).not.toContain(id);

  await expectRegisterBadge(page, String(system.name), 'Vert');
  await api.dispose();
});

test('a line changed meanwhile: the input is kept, the current version shown beside it, then saved', async ({ page }) => {
  const api = await apiAs('qualite');
  const system = await createSystem(api, validSystem(unique('Ligne modifiée en parallèle')));
  const body = { aiSystemId: system.id, name: 'Taux de refus', watchedKind: 'REFUSAL_RATE', cadence: 'MONTHLY',
    owner: 'Cellule qualité', breachActionKind: 'INFORM', breachAction: 'Informer la direction.', startsOn: '2026-01-01' };
  const line = (await (await api.post('api/monitoring-lines', { data: body })).json()) as Line;
  await openSignedIn(page, `/registre/${String(system.id)}?onglet=surveillance`);
  await page.getByRole('button', { name: 'Modifier la ligne « Taux de refus »' }).click();
  const form = page.getByRole('form', { name: 'Modifier la ligne « Taux de refus »' });
  await field(form, 'Responsable').fill('Dr Lemoine');
  const put = await api.put(`api/monitoring-lines/${line.id}`, { headers: { 'If-Match': '"0"' }, data: { ...body, cadence: 'QUARTERLY' } });
  expect(put.status(), await put.text()).toBe(200);

  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('alert')).toContainText('Cette ligne a été modifiée par quelqu’un d’autre');
  await expect(field(form, 'Responsable')).toHaveValue('Dr Lemoine');
  await form.getByRole('button', { name: 'Charger la version actuelle' }).click();
  await expect(form.getByRole('status')).toContainText('Rythme des contrôles');
  await expect(form.getByRole('status')).toContainText('Trimestriel');
  await field(form, 'Rythme des contrôles').selectOption({ label: 'Trimestriel' });
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La ligne « Taux de refus » a été enregistrée.' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Plan de surveillance' }).getByRole('row').filter({ hasText: 'Taux de refus' });
  await expect(row).toContainText('Dr Lemoine');
  await expect(row).toContainText('Trimestriel');
  const saved = (await (await api.get(`api/monitoring-lines/${line.id}`)).json()) as { owner: string; cadence: string; version: number };
  expect(saved).toMatchObject({ owner: 'Dr Lemoine', cadence: 'QUARTERLY', version: 2 });
  await api.dispose();
});

test.describe('accessibility', () => {
  // axe-core is injected as an inline script, which the app's Content-Security-Policy rightly blocks.
  test.use({ bypassCSP: true });

  test('the monitoring tab passes the automated WCAG 2.1 AA checks at both sizes', async ({ page }) => {
    const api = await apiAs('qualite');
    const system = await createSystem(api, validSystem(unique('Surveillance accessible')));
    const created = await api.post('api/monitoring-lines', { data: {
      aiSystemId: system.id, name: 'Taux de refus', watchedKind: 'REFUSAL_RATE', cadence: 'MONTHLY',
      owner: 'Cellule qualité', breachActionKind: 'INFORM', breachAction: 'Informer la direction.', startsOn: '2026-01-01' } });
    const line = (await created.json()) as Line;
    for (const [start, end, last] of [['2026-01-01', '2026-01-31', 14], ['2026-02-01', '2026-02-28', 60]] as const) {
      const r = await api.post(`api/monitoring-lines/${line.id}/checks`, { data: { periodStart: start, periodEnd: end,
        periods: [{ period: '2025-11', events: 12, total: 200 }, { period: '2025-12', events: 10, total: 190 },
          { period: end.slice(0, 7), events: last, total: 210 }], referencePeriods: 2 } });
      expect(r.status(), await r.text()).toBe(201);
    }
    await api.dispose();
    await openSignedIn(page, `/registre/${String(system.id)}?onglet=surveillance&ligne=${line.id}`);
    await expect(page.getByRole('table', { name: 'Historique des contrôles' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('table', { name: 'Alertes' })).toContainText('Ouverte');
    for (const size of ['desktop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[size]);
      expect(await axe(page), `monitoring tab (${size})`).toEqual([]);
    }
    // on a phone the tables read as cards: none scrolls sideways, each value names its column, rows stay rows
    for (const name of ['Plan de surveillance', 'Historique des contrôles', 'Alertes']) {
      const table = page.getByRole('table', { name });
      expect(await table.evaluate((e) => e.parentElement!.scrollWidth <= e.parentElement!.clientWidth),
        `${name}: no sideways scrolling`).toBe(true);
    }
    const plan = page.getByRole('table', { name: 'Plan de surveillance' });
    const cadence = plan.getByRole('cell').nth(2);
    await expect(cadence).toHaveAttribute('data-label', 'Rythme');
    expect(await cadence.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"Rythme\u00a0: "');
    await expect(page.getByRole('table', { name: 'Historique des contrôles' }).getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: /^Prendre en charge –/ }).click();
    expect(await axe(page), 'acknowledge dialog').toEqual([]);
  });
});
