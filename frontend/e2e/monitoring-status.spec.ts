import type { APIRequestContext } from '@playwright/test';
import { apiAs, createSystem, expect, openSignedIn, test, unique, validSystem, type Json } from './support';

const EDGES = [0, 1, 2, 3];
const TODAY = new Date().toISOString().slice(0, 10);

async function addLine(api: APIRequestContext, aiSystemId: unknown, owner: string, name: string, startsOn?: string) {
  const response = await api.post('api/monitoring-lines', {
    data: {
      aiSystemId, name, watchedKind: 'INPUT_DISTRIBUTION', cadence: 'MONTHLY', owner,
      breachActionKind: 'INVESTIGATE', breachAction: 'Analyser la dérive avec l’éditeur.',
      ...(startsOn ? { startsOn } : {}),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as Json).id as number;
}

/** A significant drift (PSI ≈ 1.06) over a period ending today: opens an alert on the line. */
async function breach(api: APIRequestContext, lineId: number) {
  const response = await api.post(`api/monitoring-lines/${lineId}/checks`, {
    data: {
      periodStart: TODAY, periodEnd: TODAY,
      reference: { binEdges: EDGES, counts: [100, 100, 100] },
      current: { binEdges: EDGES, counts: [10, 40, 250] },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as Json).alertId as number;
}

test('the register shows each system’s monitoring status with its reasons and filters on it', async ({ page }) => {
  const token = unique('Surveillance');
  const api = await apiAs('qualite');
  const red = await createSystem(api, validSystem(`${token} rouge`));
  await breach(api, await addLine(api, red.id, 'Cellule qualité', 'Âge des patients'));
  const late = await createSystem(api, validSystem(`${token} retard`));
  await addLine(api, late.id, 'Cellule qualité', 'Taux de refus', '2020-01-01');
  await createSystem(api, validSystem(`${token} sans plan`));
  await api.dispose();

  await openSignedIn(page, `/registre?q=${encodeURIComponent(token)}`);
  const table = page.getByRole('table', { name: 'Systèmes d’IA du registre' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('link', { name }) });
  await expect(row(`${token} rouge`)).toContainText('Rouge Alerte significative ouverte');
  await expect(row(`${token} retard`)).toContainText('Orange Ligne en retard');
  await expect(row(`${token} sans plan`)).toContainText('Sans plan de surveillance');

  const filters = page.getByRole('search', { name: 'Filtres' });
  await filters.getByLabel('Statut de surveillance').selectOption({ label: 'Rouge : alerte significative' });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/monitoringStatus=RED/);
  await expect(page.getByRole('status').filter({ hasText: 'système' })).toHaveText('1 système d’IA');
  await page.reload();
  await expect(filters.getByLabel('Statut de surveillance')).toHaveValue('RED');
  await expect(table.getByRole('link', { name: `${token} rouge` })).toBeVisible();
  await expect(table.getByRole('link', { name: `${token} retard` })).toHaveCount(0);

  await table.getByRole('link', { name: `${token} rouge` }).click();
  const summary = page.getByRole('region', { name: 'Synthèse' });
  await expect(summary).toContainText('Statut de surveillance');
  await expect(summary).toContainText('Alerte significative ouverte');
});

test('“À faire” lists per owner the overdue lines and the unresolved alerts, each leading to its system', async ({ page }) => {
  const owner = unique('Dr Lefèvre');
  const system = `${unique('Tri des urgences')}`;
  const api = await apiAs('qualite');
  const created = await createSystem(api, validSystem(system));
  await addLine(api, created.id, owner, 'Délai de réponse', '2020-01-01');
  await breach(api, await addLine(api, created.id, owner, 'Âge des patients'));
  await api.dispose();

  await openSignedIn(page, '/');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'À faire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'À faire' })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filtres' });
  await filters.getByLabel('Responsable de ligne').selectOption({ label: owner });
  await filters.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/responsable=/);
  await expect(page.getByRole('status')).toHaveText('1 responsable concerné');
  const section = page.getByRole('region', { name: owner });
  const overdue = section.getByRole('table', { name: `Lignes en retard – ${owner}` });
  await expect(overdue.getByRole('row', { name: /Délai de réponse/ })).toContainText('1 févr. 2020');
  const alerts = section.getByRole('table', { name: `Alertes non résolues – ${owner}` });
  const alert = alerts.getByRole('row', { name: /Âge des patients/ });
  await expect(alert).toContainText('Significative');
  await expect(alert).toContainText('Ouverte');
  await alert.getByRole('link', { name: system }).click();
  await expect(page.getByRole('heading', { level: 1, name: system })).toBeVisible();
});
