import { createRequire } from 'node:module';
import { test as base, expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/**
 * Every test also fails on an uncaught error in the page (a crash the UI might hide) and on
 * anything the server's Content-Security-Policy blocked (the app must work under it).
 */
export const test = base.extend<{ noPageErrors: void }>({
  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
          errors.push(message.text());
        }
      });
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const PASSWORD = 'vigie-demo';

export function baseUrl(): string {
  return process.env.BASE_URL ?? 'http://localhost:8091/';
}

/** A name no other test run uses, so tests never depend on each other's data. */
export function unique(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Form fields are found by the start of their label (the label also says "* (obligatoire)"). */
export function field(page: Page | Locator, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}`));
}

export async function signIn(page: Page, username = 'qualite'): Promise<void> {
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

export async function openSignedIn(page: Page, path: string, username = 'qualite'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await signIn(page, username);
}

/** Another person using the API directly (HTTP Basic), e.g. to change a record concurrently. */
export async function apiAs(username: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: baseUrl(),
    httpCredentials: { username, password: PASSWORD, send: 'always' },
    extraHTTPHeaders: { 'Accept-Language': 'fr', 'X-Requested-With': 'XMLHttpRequest' },
  });
}

/** The fields of the create/update body (everything else in the DTO is read-only). */
const INPUT_FIELDS = [
  'name', 'shortDescription', 'intendedPurpose', 'outOfScopeUses', 'tags', 'establishmentIds',
  'responsibleService', 'accountableOwner', 'technicalLead', 'publicContact', 'category', 'inHouse',
  'supplier', 'product', 'productVersion', 'foundationModel', 'selfLearning', 'automationLevel',
  'integrations', 'medicalDeviceClass', 'ceCertificateReference', 'aiActRole', 'aiActRoute',
  'annexIiiPoint', 'aiActJustification', 'dataCategories', 'personalData', 'healthData', 'hosting',
  'hostName', 'dataLocation', 'logRetentionMonths', 'dpiaStatus', 'dpiaReference', 'humanOversight',
  'oversightPersons', 'patientStaffInformation', 'knownLimitations', 'status', 'statusChangedOn',
  'productionStartDate', 'retirementDate', 'nextReviewDate',
];

export type Json = Record<string, unknown>;

export function toRequest(dto: Json): Json {
  return Object.fromEntries(INPUT_FIELDS.filter((k) => k in dto && dto[k] !== null).map((k) => [k, dto[k]]));
}

export function validSystem(name: string, overrides: Json = {}): Json {
  return {
    name,
    shortDescription: 'Aide au tri des courriers entrants du secrétariat médical.',
    intendedPurpose: 'Classer les courriers reçus pour les orienter vers le bon service.',
    accountableOwner: 'Dr Martin, cheffe de service',
    category: 'NLP',
    inHouse: false,
    supplier: 'Éditeur Exemple',
    selfLearning: false,
    automationLevel: 'DECISION_SUPPORT',
    medicalDeviceClass: 'NOT_MEDICAL_DEVICE',
    aiActRole: 'DEPLOYER',
    aiActRoute: 'MINIMAL',
    aiActJustification: 'Tâche administrative sans effet sur la prise en charge.',
    personalData: true,
    healthData: true,
    hosting: 'ON_PREMISES',
    dataLocation: 'FRANCE',
    dpiaStatus: 'IN_PROGRESS',
    status: 'PILOT',
    ...overrides,
  };
}

export async function createSystem(api: APIRequestContext, body: Json): Promise<Json> {
  const response = await api.post('api/ai-systems', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Json;
}

/** The sizes docs/frontend.md shows each page at (a laptop and a phone). */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
  tablet: { width: 768, height: 1024 },
} as const;

/**
 * Saves the current page as docs/screenshots/<name>-desktop.png and <name>-phone.png (what
 * docs/frontend.md shows), then restores the viewport. Every run refreshes them.
 */
export async function docScreenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const size of ['desktop', 'phone'] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `../docs/screenshots/${name}-${size}.png` });
  }
  if (original) await page.setViewportSize(original);
}

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns the violations, readable. It is
 * injected as an inline script, which the app's CSP rightly blocks: use it with `bypassCSP: true`.
 */
export async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
