import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * The interim contract (openapi-interim.yaml, input of the generated types) may only ADD what the
 * served contract (../openapi/openapi.yaml) leaves out: every path, schema property and enum value
 * that the server documents must be in it, identically named. Nothing else is checked here; the
 * browser tests exercise the real payloads.
 */
type Json = Record<string, unknown>;
const read = (relative: string): Json | undefined => {
  const path = fileURLToPath(new URL(relative, import.meta.url));
  return existsSync(path) ? (load(readFileSync(path, 'utf8')) as Json) : undefined;
};
const served = read('../../../openapi/openapi.yaml');
const interim = read('../../openapi-interim.yaml')!;

/** Endpoints the SPA does not call (yet): they need not be in the interim file. */
const UNUSED_ENDPOINTS = [
  'delete /api/ai-systems/{id}',
  'delete /api/establishments/{id}',
  'get /api/establishments/{id}/history',
  'get /api/ping',
];
/** Schemas Payara derives from @BeanParam classes: they are query parameters, not bodies. */
const BEAN_PARAM_SCHEMAS = ['AiSystemFilter', 'PageRequest', 'TextQuery'];

const schemas = (doc: Json) => ((doc.components as Json)?.schemas ?? {}) as Record<string, Json>;

/** The enum values of a property schema, following a $ref once. */
function enumOf(doc: Json, schema: Json | undefined): string[] | undefined {
  if (!schema) return undefined;
  const ref = schema.$ref as string | undefined;
  const target = ref ? schemas(doc)[ref.split('/').pop()!] : schema;
  const items = target?.type === 'array' ? (target.items as Json) : undefined;
  if (items) return enumOf(doc, items);
  return (target?.enum as string[] | undefined)?.map(String);
}

describe.skipIf(!served)('interim contract versus the served one', () => {
  it('has every documented path and method', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries((served!.paths ?? {}) as Record<string, Json>)) {
      for (const method of Object.keys(ops)) {
        if (!((interim.paths as Record<string, Json>)[path] ?? {})[method]) missing.push(`${method} ${path}`);
      }
    }
    expect(missing.filter((m) => !UNUSED_ENDPOINTS.includes(m))).toEqual([]);
  });

  it('has every documented schema property, with the same enum values', () => {
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(schemas(served!))) {
      if (BEAN_PARAM_SCHEMAS.includes(name)) continue;
      const mine = schemas(interim)[name];
      if (!mine) {
        if (schema.properties) problems.push(`schema ${name} missing`);
        continue;
      }
      const expectedEnum = enumOf(served!, schema);
      if (expectedEnum && JSON.stringify(enumOf(interim, mine)) !== JSON.stringify(expectedEnum)) {
        problems.push(`enum ${name} differs`);
      }
      for (const [prop, propSchema] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        const myProp = ((mine.properties ?? {}) as Record<string, Json>)[prop];
        if (!myProp) {
          problems.push(`${name}.${prop} missing`);
          continue;
        }
        const values = enumOf(served!, propSchema);
        if (values && JSON.stringify(enumOf(interim, myProp)) !== JSON.stringify(values)) {
          problems.push(`${name}.${prop} enum differs`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
