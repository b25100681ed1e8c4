import { apiAs, createSystem, expect, field, openSignedIn, test, unique, validSystem } from './support';

/**
 * The same work in English: a member of staff who reads English better switches the language once, and the
 * monitoring tab, its refusals, its numbers and the bias review form all speak English (decimal point, English
 * dates), while the data stay as entered.
 */
test('in English: a drifting check refused then recorded, its alert taken in hand, and a bias review form', async ({ page }) => {
  const api = await apiAs('qualite');
  const system = await createSystem(api, validSystem(unique('Courrier monitored')));
  const lineName = unique('Patient age');
  const created = await api.post('api/monitoring-lines', { data: {
    aiSystemId: system.id, name: lineName, watchedKind: 'INPUT_DISTRIBUTION', cadence: 'MONTHLY',
    owner: 'Dr Durand', breachActionKind: 'INVESTIGATE', breachAction: 'Compare the intake with the vendor.',
    startsOn: '2099-01-01' } });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  await openSignedIn(page, `/registre/${String(system.id)}?onglet=surveillance`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('tab', { name: 'Monitoring' })).toHaveAttribute('aria-selected', 'true');
  const plan = page.getByRole('table', { name: 'Monitoring plan' });
  const row = plan.getByRole('row').filter({ hasText: lineName });
  await expect(row).toContainText('Population stability index (PSI)');
  await expect(row).toContainText('0.1 / 0.25');
  await expect(row).toContainText('Monthly');

  await row.getByRole('button', { name: `Show checks – ${lineName}` }).click();
  await expect(page.getByText('No check recorded for this line.')).toBeVisible();
  // a count that is not a number is refused in English, on its field
  const form = page.getByRole('form', { name: 'Record a check' });
  await field(form, 'Bin edges').fill('0; 1; 2; 3');
  await field(form, 'Counts of the reference period').fill('100; 100; 100');
  await field(form, 'Counts of the checked period').fill('10; abc; 250');
  await form.getByRole('button', { name: 'Record the check' }).click();
  await expect(form.getByRole('alert')).toContainText('Counts of the checked period – value 2 is not a number');
  await expect(field(form, 'Counts of the checked period')).toHaveAttribute('aria-invalid', 'true');

  await field(form, 'Period start').fill('2099-01-01');
  await field(form, 'Period end').fill('2099-01-31');
  await field(form, 'Counts of the checked period').fill('10; 40; 250');
  await form.getByRole('button', { name: 'Record the check' }).click();
  await expect(form.getByRole('status')).toContainText('Check recorded. Drift: Significant.');
  await expect(form.getByRole('status')).toContainText('This check crosses a threshold: an alert is opened or updated.');
  const history = page.getByRole('table', { name: 'Check history' });
  await expect(history).toContainText('1.332');
  await expect(history).toContainText('1 Jan 2099 to 31 Jan 2099');
  await expect(history).toContainText(/Alert no\. \d+/);

  const alertRow = page.getByRole('table', { name: 'Alerts' }).getByRole('row').filter({ hasText: lineName });
  await expect(alertRow).toContainText('Significant');
  await expect(alertRow).toContainText('Open');
  await alertRow.getByRole('button', { name: `Acknowledge – ${lineName}` }).click();
  const ack = page.getByRole('dialog', { name: `Acknowledge the alert of “${lineName}”` });
  await ack.getByLabel('Comment').fill('Being analysed with the vendor.');
  await ack.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The alert is acknowledged.' })).toBeVisible();
  await expect(alertRow).toContainText('Acknowledged');

  // the bias review form: its refusals in English too
  await page.getByRole('tab', { name: 'Bias reviews' }).click();
  await expect(page.getByText('No bias review is recorded for this system.')).toBeVisible();
  await page.getByRole('button', { name: 'Record a review' }).click();
  await page.getByText('Fairness thresholds (optional)').click();
  await field(page, 'Four-fifths rule: minimum demographic parity ratio').fill('four fifths');
  await page.getByRole('button', { name: 'Save the review' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'must be a decimal number' });
  await expect(summary).toBeFocused();
});
