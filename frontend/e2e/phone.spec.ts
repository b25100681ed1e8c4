import type { Page } from '@playwright/test';
import { expect, openSignedIn, test, VIEWPORTS } from './support';

/** Phone and tablet: a compact header with the menu behind a button, the first result above the fold. */
for (const size of ['phone', 'tablet'] as const) {
  test.describe(`on a ${size} (${VIEWPORTS[size].width}×${VIEWPORTS[size].height})`, () => {
    test.use({ viewport: VIEWPORTS[size] });

    async function headerIsCompact(page: Page) {
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height, 'header height').toBeLessThanOrEqual(80);
    }

    test('the register: compact header, menu and filters behind buttons, first result without scrolling', async ({ page }) => {
      await openSignedIn(page, '/registre');
      const table = page.getByRole('table', { name: 'Systèmes d’IA du registre' });
      await expect(table).toBeVisible();
      await headerIsCompact(page);

      // the first result is on screen as the page opens
      const firstResult = table.getByRole('row').nth(1).getByRole('link');
      await expect(firstResult).toBeVisible();
      const box = await firstResult.boundingBox();
      expect(box!.y + box!.height, 'first result above the fold').toBeLessThanOrEqual(VIEWPORTS[size].height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      // the filters open and close behind a button
      const filtersButton = page.getByRole('button', { name: /^Recherche et filtres/ });
      await expect(filtersButton).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('search', { name: 'Filtres' })).toBeHidden();
      await filtersButton.click();
      await expect(filtersButton).toHaveAttribute('aria-expanded', 'true');
      const filters = page.getByRole('search', { name: 'Filtres' });
      await filters.getByLabel('Statut', { exact: true }).selectOption({ label: 'En production' });
      await filters.getByRole('button', { name: 'Filtrer' }).click();
      await expect(page).toHaveURL(/status=PRODUCTION/);
      await expect(page.getByRole('button', { name: 'Recherche et filtres (1 actif)' })).toBeVisible();

      // the menu: behind a button, it opens, leads to a page and closes again
      const menu = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
      await nav.getByRole('link', { name: 'Accueil' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await headerIsCompact(page);
      // Escape closes it too
      await menu.click();
      await expect(nav).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();
    });
  });
}
