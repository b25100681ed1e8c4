import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dependency rules of the bulletproof-react layout: app → features → shared (api, components,
 * i18n, lib). Features do not import each other, except the few shared entry points listed here.
 */
const ROOT = dirname(new URL(import.meta.url).pathname);
const SHARED_FEATURE_ENTRIES = [
  'features/auth/session-provider.tsx',
  'features/auth/permissions.ts',
  'features/establishments/use-establishment-options.ts',
  'features/aisystems/display.ts',
  // the record page shows the bias reviews of the system in a tab
  'features/biasreviews/components/bias-reviews-panel.tsx',
  // the record page shows the monitoring plan, checks and alerts of the system in a tab
  'features/monitoring/components/monitoring-tab.tsx',
  // the record page shows the ethics sign-off, reviews and decisions of the system in a tab
  'features/ethics/components/ethics-panel.tsx',
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => {
    const target = relative(ROOT, resolve(dirname(file), m[1]!));
    const exists = ['.ts', '.tsx'].map((ext) => target + ext).find((p) => {
      try {
        return statSync(join(ROOT, p)).isFile();
      } catch {
        return false;
      }
    });
    return exists ?? target;
  });
}

const area = (path: string) => (path.startsWith('features/') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!);

describe('architecture', () => {
  const files = sources(ROOT).map((f) => ({ path: relative(ROOT, f), deps: imports(f) }));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps shared code (api, components, i18n, lib) free of app and feature imports', () => {
    const offenders = files
      // tests may reach across (the i18n test checks the dictionaries against the form)
      .filter((f) => ['api', 'components', 'i18n', 'lib'].includes(area(f.path)) && !f.path.endsWith('.test.ts'))
      .flatMap((f) => f.deps.filter((d) => d.startsWith('app/') || d.startsWith('features/')).map((d) => `${f.path} → ${d}`));
    expect(offenders).toEqual([]);
  });

  it('keeps features independent of the app shell and of each other', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('features/'))
      .flatMap((f) =>
        f.deps
          .filter((d) => d.startsWith('app/') || (d.startsWith('features/') && area(d) !== area(f.path) && !SHARED_FEATURE_ENTRIES.includes(d)))
          .map((d) => `${f.path} → ${d}`),
      );
    expect(offenders).toEqual([]);
  });
});
