import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

/**
 * The generated API types (src/api/schema.d.ts) must be those of the committed contract
 * (../openapi/openapi.yaml, itself checked against the server by OpenApiContractIT). After an API
 * change: `mvn verify -Dopenapi.update=true`, then `npm run gen:api`.
 */
describe('generated API types', () => {
  it('match openapi/openapi.yaml (run npm run gen:api)', async () => {
    const contract = new URL('../../../openapi/openapi.yaml', import.meta.url);
    const generated = astToString(await openapiTS(contract));
    const committed = readFileSync(fileURLToPath(new URL('./schema.d.ts', import.meta.url)), 'utf8');
    expect(committed.replace(/\s+/g, ' ')).toContain(generated.replace(/\s+/g, ' ').trim());
  });
});
