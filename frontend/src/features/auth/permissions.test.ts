import { describe, expect, it } from 'vitest';
import { canView, canWrite, safeReturnPath } from './permissions';

describe('canWrite', () => {
  it('lets quality and admin write the register, not the others', () => {
    expect(canWrite(['QUALITY'], 'register:write')).toBe(true);
    expect(canWrite(['VIEWER', 'ADMIN'], 'register:write')).toBe(true);
    expect(canWrite(['INNOVATION', 'ETHICS', 'VIEWER'], 'register:write')).toBe(false);
  });
});

describe('incident permissions', () => {
  it('let staff declare an incident but only quality and admin follow up its duties', () => {
    for (const role of ['QUALITY', 'ADMIN', 'INNOVATION', 'ETHICS', 'CONTRIBUTOR']) {
      expect(canWrite([role], 'incidents:declare')).toBe(true);
    }
    expect(canWrite(['VIEWER', 'EXECUTIVE'], 'incidents:declare')).toBe(false);
    expect(canWrite(['QUALITY'], 'incidents:write')).toBe(true);
    expect(canWrite(['CONTRIBUTOR', 'INNOVATION'], 'incidents:write')).toBe(false);
  });
});

describe('canView', () => {
  it('lets every role of the list endpoints see the register', () => {
    for (const role of ['ADMIN', 'INNOVATION', 'QUALITY', 'ETHICS', 'EXECUTIVE', 'CONTRIBUTOR', 'VIEWER']) {
      expect(canView([role], 'register:read')).toBe(true);
    }
    expect(canView([], 'register:read')).toBe(false);
    expect(canView(['SOMEONE'], 'register:read')).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('returns to pages of the app only', () => {
    expect(safeReturnPath('/registre/12?onglet=historique')).toBe('/registre/12?onglet=historique');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('/connexion?retour=/x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
