import type { Page } from '@playwright/test';
import { apiAs, createSystem, docScreenshots, expect, openSignedIn, test, unique, validSystem, type Json } from './support';

interface Figure {
  count: number;
  query?: string;
}

interface Overview {
  all: Figure;
  byStatus: (Figure & { status: string })[];
  byAiActRoute: (Figure & { aiActRoute: string })[];
  reviewOverdue: Figure;
  reviewDueSoon: Figure;
  dpiaMissing: Figure;
  ownerMissing: Figure;
  recentChanges: { aiSystemId: number; name: string; action: string; actor: string }[];
}

async function overviewAs(user: string): Promise<Overview> {
  const api = await apiAs(user);
  const response = await api.get('api/ai-systems/overview');
  expect(response.status()).toBe(200);
  const overview = (await response.json()) as Overview;
  await api.dispose();
  return overview;
}

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Follows a figure's link and checks that the list it opens has that many systems, then comes back. */
async function opensAListOf(page: Page, link: ReturnType<Page['getByRole']>, figure: Figure) {
  await link.click();
  await expect(page).toHaveURL(figure.query ? `/registre?${figure.query}` : '/registre');
  const total = figure.count <= 1 ? `${figure.count} système d’IA` : `${figure.count} systèmes d’IA`;
  await expect(page.getByRole('status').filter({ hasText: 'système' })).toHaveText(total);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
}

test('the home page shows the register at a glance; every figure opens the list of exactly those systems', async ({ page }) => {
  const api = await apiAs('qualite');
  const token = unique('Accueil');
  await createSystem(api, validSystem(`${token} en retard`, { status: 'PRODUCTION', nextReviewDate: isoDay(-2) }));
  await createSystem(api, validSystem(`${token} bientôt`, { status: 'PILOT', nextReviewDate: isoDay(10) }));
  const last = await createSystem(api, validSystem(`${token} dernier`, {
    status: 'DESIGN', aiActRoute: 'HIGH_RISK_ANNEX_III', annexIiiPoint: '5(d)',
  }));
  await api.dispose();
  const overview = await overviewAs('qualite');
  expect(overview.recentChanges[0]).toMatchObject({ aiSystemId: last.id, action: 'CREATED', actor: 'qualite' });

  await openSignedIn(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Registre des SIA' });
  await expect(panel).toBeVisible();

  // the points of attention: number and label, a link to the filtered list
  const attention: [string, Figure][] = [
    [overview.reviewOverdue.count <= 1 ? 'revue en retard' : 'revues en retard', overview.reviewOverdue],
    [overview.reviewDueSoon.count <= 1 ? 'revue dans les 30 jours' : 'revues dans les 30 jours', overview.reviewDueSoon],
    [overview.dpiaMissing.count <= 1 ? 'AIPD manquante' : 'AIPD manquantes', overview.dpiaMissing],
    [overview.ownerMissing.count <= 1 ? 'système sans responsable métier' : 'systèmes sans responsable métier', overview.ownerMissing],
  ];
  expect(overview.reviewOverdue.count).toBeGreaterThan(0);
  expect(overview.reviewDueSoon.count).toBeGreaterThan(0);
  for (const [label, figure] of attention) {
    const link = panel.getByRole('link', { name: new RegExp(`^${figure.count} ${label}`) });
    await expect(link).toBeVisible();
    await opensAListOf(page, link, figure);
  }
  const all = panel.getByRole('link', { name: new RegExp(`^${overview.all.count} systèmes d’IA au registre`) });
  await opensAListOf(page, all, overview.all);

  // by status and by AI Act route: a badge with the label, the count, a link
  const statusLabels: Json = { IDEA: 'Idée', DESIGN: 'Conception', PILOT: 'Expérimentation', PRODUCTION: 'En production',
    SUSPENDED: 'Suspendu', RETIRED: 'Retiré du service' };
  for (const figure of overview.byStatus) {
    const link = panel.getByRole('link', { name: new RegExp(`^${statusLabels[figure.status]} ${figure.count} système`) });
    await opensAListOf(page, link, figure);
  }
  const highRisk = overview.byAiActRoute.find((f) => f.aiActRoute === 'HIGH_RISK_ANNEX_III')!;
  expect(highRisk.count).toBeGreaterThan(0);
  await opensAListOf(page, panel.getByRole('link', { name: new RegExp(`^Haut risque – annexe III ${highRisk.count} système`) }), highRisk);
  const minimal = overview.byAiActRoute.find((f) => f.aiActRoute === 'MINIMAL')!;
  await opensAListOf(page, panel.getByRole('link', { name: new RegExp(`^Risque minimal ${minimal.count} système`) }), minimal);

  // the latest change: the system, what was done, by whom, when; it opens the record
  const recent = panel.getByRole('listitem').filter({ hasText: `${token} dernier` });
  await expect(recent).toContainText('Fiche créée par qualite, le');
  await recent.getByRole('link', { name: `${token} dernier` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${token} dernier` })).toBeVisible();
  await page.goBack();
  await expect(panel).toBeVisible();
  await docScreenshots(page, 'home');
});

test('a reader gets the register panel too, without the changes of deleted systems', async ({ page }) => {
  const api = await apiAs('qualite');
  const gone = await createSystem(api, validSystem(unique('Supprimé')));
  const deleted = await api.delete(`api/ai-systems/${gone.id}`, { headers: { 'If-Match': '"0"' } });
  expect(deleted.status()).toBe(204);
  await api.dispose();

  await openSignedIn(page, '/', 'lecteur');
  const panel = page.getByRole('region', { name: 'Registre des SIA' });
  await expect(panel.getByRole('heading', { name: 'Dernières modifications' })).toBeVisible();
  await expect(panel).not.toContainText(String(gone.name));
  const reader = await overviewAs('lecteur');
  await expect(panel.getByRole('link', { name: new RegExp(`^${reader.all.count} systèmes d’IA au registre`) })).toBeVisible();
  // the quality team sees the deletion, without a link
  const quality = await overviewAs('qualite');
  expect(quality.recentChanges[0]).toMatchObject({ aiSystemId: gone.id, action: 'DELETED' });
});

test('the monitoring panel counts the systems per monitoring status and lists the latest unresolved alerts', async ({ page }) => {
  const api = await apiAs('qualite');
  const name = unique('Dérive accueil');
  const system = await createSystem(api, validSystem(name, { status: 'PRODUCTION' }));
  const line = await api.post('api/monitoring-lines', { data: {
    aiSystemId: system.id, name: 'Âge à l’admission', watchedKind: 'INPUT_DISTRIBUTION', cadence: 'MONTHLY',
    owner: 'Cellule qualité', breachActionKind: 'INVESTIGATE', breachAction: 'Analyser la dérive avec l’éditeur.',
  } });
  expect(line.status()).toBe(201);
  const lineId = ((await line.json()) as Json).id;
  const edges = [0, 1, 2, 3];
  const check = await api.post(`api/monitoring-lines/${lineId}/checks`, { data: {
    periodStart: isoDay(-30), periodEnd: isoDay(0),
    reference: { binEdges: edges, counts: [100, 100, 100] }, current: { binEdges: edges, counts: [20, 60, 220] },
  } });
  expect(check.status()).toBe(201);
  const alerts = await api.get('api/monitoring-alerts?status=UNRESOLVED&size=1');
  const unresolved = ((await alerts.json()) as { total: number }).total;
  await api.dispose();
  const overview = (await overviewAs('qualite')) as Overview & { byMonitoringStatus: (Figure & { level: string })[] };
  const red = overview.byMonitoringStatus.find((f) => f.level === 'RED')!;
  expect(red.count).toBeGreaterThan(0);

  await openSignedIn(page, '/');
  const panel = page.getByRole('region', { name: 'Surveillance des systèmes d’IA' });
  await expect(panel.getByRole('link', { name: new RegExp(`^${unresolved} alertes? non résolues?`) })).toBeVisible();
  const latest = panel.getByRole('listitem').filter({ hasText: name });
  await expect(latest).toContainText('Âge à l’admission');
  await expect(latest).toContainText('Significative');
  await expect(latest).toContainText('Ouverte');
  await opensAListOf(page, panel.getByRole('link', { name: new RegExp(`^Rouge ${red.count} système`) }), red);
  await latest.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/registre/${system.id}\\?onglet=surveillance$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('the bias review panel lists an overdue review first, with how late it is, and leads to the system’s reviews', async ({ page }) => {
  const api = await apiAs('qualite');
  const name = unique('Revue de biais en retard');
  const system = await createSystem(api, validSystem(name));
  const review = await api.post('api/bias-reviews', { data: {
    aiSystemId: system.id, kind: 'QUALITATIVE', reviewedOn: '2010-01-04', nextReviewOn: '2010-06-01',
    reviewers: ['Comité d’éthique'], attributes: [{ name: 'Langue du patient' }],
    findings: 'Réponses moins précises en anglais.', outcome: 'ACCEPTABLE' } });
  expect(review.status(), await review.text()).toBe(201);
  await api.dispose();

  await openSignedIn(page, '/');
  const panel = page.getByRole('region', { name: 'Revues de biais à refaire' });
  const item = panel.getByRole('listitem').first();
  await expect(item).toContainText(name);
  await expect(item).toContainText(/En retard de \d+ jours/);
  await expect(item).toContainText('prévue le 1 juin 2010 (dernière revue du 4 janv. 2010)');
  await item.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/registre/${system.id}\\?onglet=biais$`));
  await expect(page.getByRole('tab', { name: 'Revues de biais' })).toHaveAttribute('aria-selected', 'true');
});
