/** What the interface offers to whom; the server checks again (403 is still handled). */
export type Permission =
  | 'register:write'
  | 'establishments:write'
  | 'bias-reviews:write'
  | 'monitoring:write'
  | 'use-cases:propose'
  | 'use-cases:manage'
  | 'use-cases:register'
  | 'ethics:request'
  | 'ethics:decide'
  | 'ethics:follow-up'
  | 'incidents:declare'
  | 'incidents:write'
  | 'scoring:rate'
  | 'scoring:override';

const WRITERS: Record<Permission, readonly string[]> = {
  'register:write': ['QUALITY', 'ADMIN'],
  'establishments:write': ['QUALITY', 'ADMIN'],
  'bias-reviews:write': ['QUALITY', 'ADMIN'],
  'monitoring:write': ['QUALITY', 'ADMIN'],
  'use-cases:propose': ['CONTRIBUTOR', 'INNOVATION', 'ADMIN'],
  'use-cases:manage': ['INNOVATION', 'ADMIN'],
  'use-cases:register': ['INNOVATION', 'ADMIN', 'QUALITY'],
  'ethics:request': ['QUALITY', 'ETHICS', 'ADMIN'],
  'ethics:decide': ['ETHICS'],
  'ethics:follow-up': ['QUALITY', 'ETHICS', 'ADMIN'],
  'incidents:declare': ['QUALITY', 'ADMIN', 'INNOVATION', 'ETHICS', 'CONTRIBUTOR'],
  'incidents:write': ['QUALITY', 'ADMIN'],
  'scoring:rate': ['INNOVATION', 'CONTRIBUTOR', 'ADMIN'],
  'scoring:override': ['INNOVATION'],
};

export function canWrite(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) => WRITERS[permission].includes(role));
}

/**
 * What each role may see, as the server's read endpoints allow it (`@RolesAllowed` of the list
 * endpoints): the home page shows a feature's panel to the roles that may see its data.
 */
export type ViewPermission = 'register:read';

const ALL_ROLES = ['ADMIN', 'INNOVATION', 'QUALITY', 'ETHICS', 'EXECUTIVE', 'CONTRIBUTOR', 'VIEWER'] as const;

const VIEWERS: Record<ViewPermission, readonly string[]> = {
  'register:read': ALL_ROLES,
};

export function canView(roles: readonly string[], permission: ViewPermission): boolean {
  return roles.some((role) => VIEWERS[permission].includes(role));
}

/**
 * Where to go after signing in: the page the user was on, if it is one of ours. Anything that
 * could leave the site (absolute or protocol-relative URLs) falls back to the home page.
 */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (value.startsWith('/connexion')) return '/';
  return value;
}
