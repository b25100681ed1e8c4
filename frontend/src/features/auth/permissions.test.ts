import { describe, expect, it } from 'vitest';
import { canWrite, safeReturnPath } from './permissions';

describe('canWrite', () => {
  it('lets quality and admin write the register, not the others', () => {
    expect(canWrite(['QUALITY'], 'register:write')).toBe(true);
    expect(canWrite(['VIEWER', 'ADMIN'], 'register:write')).toBe(true);
    expect(canWrite(['INNOVATION', 'ETHICS', 'VIEWER'], 'register:write')).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('returns to pages of the app only', () => {
    expect(safeReturnPath('/registre/12?onglet=historique')).toBe('/registre/12?onglet=historique');
    expect(safeReturnPath('//evil.example/x')).toBe('/registre');
    expect(safeReturnPath('https://evil.example')).toBe('/registre');
    expect(safeReturnPath('/\\evil.example')).toBe('/registre');
    expect(safeReturnPath('/connexion?retour=/x')).toBe('/registre');
    expect(safeReturnPath(null)).toBe('/registre');
  });
});
