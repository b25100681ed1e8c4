import { apiAs, axe, createSystem, docScreenshots, expect, field, openSignedIn, test, toRequest, unique, validSystem, type Json } from './support';

test.use({ bypassCSP: true });

test('an ethics decision is recorded, the purpose changes and the sign-off is to be renewed', async ({ page }) => {
  const quality = await apiAs('qualite');
  const created = await createSystem(quality, validSystem(unique('Avis éthique')));

  await openSignedIn(page, `/registre/${created.id}?onglet=ethique`, 'ethique');
  await expect(page.getByRole('tab', { name: 'Éthique' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Aucune demande d’avis éthique n’est enregistrée pour ce système.')).toBeVisible();

  await page.getByRole('button', { name: 'Demander un avis éthique' }).click();
  await field(page, 'Questions éthiques soulevées').fill('Les patients sont-ils informés ?\nLe médecin garde-t-il la main ?');
  await field(page, 'Parties prenantes consultées').fill('Secrétariat médical');
  await page.getByLabel('Des représentants des usagers ou des patients ont participé').check();
  await field(page, 'Demandeur').fill('Dr Martin');
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByText('La demande d’avis est enregistrée.')).toBeVisible();
  await expect(page.getByText('Avis en attente')).toBeVisible();

  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await field(page, 'Membres présents').fill('Pr Durand\nMme Leroy (représentante des usagers)');
  await page.getByLabel('Favorable avec conditions').check();
  await field(page, 'Motivation').fill('Usage proportionné.');
  // a condition is required: the server names it
  await page.getByRole('button', { name: 'Retirer la condition 1' }).click();
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByRole('alert')).toContainText('un avis favorable avec conditions énonce au moins une condition');
  expect(await axe(page), 'decision form with errors').toEqual([]);
  await page.getByLabel('Favorable', { exact: true }).check();
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByText('La décision est enregistrée', { exact: false })).toBeVisible();
  await expect(page.getByText('Avis valide')).toBeVisible();

  // the quality team widens the purpose in the register
  const current = await quality.get(`api/ai-systems/${created.id}`);
  const body = toRequest((await current.json()) as Json);
  body.intendedPurpose = 'Classer les courriers et proposer une réponse au patient.';
  const put = await quality.put(`api/ai-systems/${created.id}`, {
    data: body,
    headers: { 'If-Match': current.headers()['etag'] ?? '' },
  });
  expect(put.status(), await put.text()).toBe(200);
  await quality.dispose();

  await page.reload();
  await expect(page.getByText('Avis à renouveler')).toBeVisible();
  const changes = page.getByRole('table', { name: 'Champs modifiés depuis la décision' });
  const row = changes.getByRole('row').filter({ hasText: 'Finalité prévue' });
  await expect(row).toContainText('Classer les courriers reçus pour les orienter vers le bon service.');
  await expect(row).toContainText('Classer les courriers et proposer une réponse au patient.');
  expect(await axe(page), 'sign-off to renew').toEqual([]);
  await docScreenshots(page, 'ethics-sign-off');
});

test('a condition is closed by the quality team', async ({ page }) => {
  const quality = await apiAs('qualite');
  const created = await createSystem(quality, validSystem(unique('Condition éthique')));
  const review = await quality.post('api/ethics/reviews', {
    data: {
      aiSystemId: created.id, questions: ['Information des patients ?'], representativesInvolved: false,
      requestedBy: 'Dr Martin', requestedOn: new Date(Date.now() - 86400000 * 20).toISOString().slice(0, 10),
    },
  });
  expect(review.status()).toBe(201);
  const ethics = await apiAs('ethique');
  const decision = await ethics.post('api/ethics/decisions', {
    data: {
      reviewId: ((await review.json()) as Json).id, meetingDate: new Date(Date.now() - 86400000 * 10).toISOString().slice(0, 10),
      membersPresent: ['Pr Durand'], outcome: 'FAVOURABLE_WITH_CONDITIONS', rationale: 'Sous réserve d’information.',
      conditions: [{ description: 'Afficher la note d’information', owner: 'Cellule qualité', dueOn: '2099-01-01' }],
    },
  });
  expect(decision.status(), await decision.text()).toBe(201);
  await ethics.dispose();
  await quality.dispose();

  await openSignedIn(page, `/registre/${created.id}?onglet=ethique`);
  await expect(page.getByText('1 condition ouverte')).toBeVisible();
  await page.getByRole('button', { name: 'Suivre la condition 1' }).click();
  await page.getByRole('button', { name: 'Enregistrer le suivi' }).click();
  await expect(page.getByRole('alert')).toContainText('indiquez comment la condition a été remplie');
  await field(page, 'Commentaire de levée').fill('Note affichée dans les services le 2 mars.');
  await page.getByRole('button', { name: 'Enregistrer le suivi' }).click();
  await expect(page.getByText('Le suivi de la condition est enregistré.')).toBeVisible();
  await expect(page.getByText('Levée le', { exact: false })).toBeVisible();
  await expect(page.getByText('1 condition ouverte')).toHaveCount(0);
});
