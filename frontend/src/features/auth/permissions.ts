/** What the interface offers to whom; the server checks again (403 is still handled). */
export type Permission = 'register:write' | 'establishments:write';

const WRITERS: Record<Permission, readonly string[]> = {
  'register:write': ['QUALITY', 'ADMIN'],
  'establishments:write': ['QUALITY', 'ADMIN'],
};

export function canWrite(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) => WRITERS[permission].includes(role));
}

/**
 * Where to go after signing in: the page the user was on, if it is one of ours. Anything that
 * could leave the site (absolute or protocol-relative URLs) falls back to the register.
 */
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/registre';
  }
  if (value.startsWith('/connexion')) return '/registre';
  return value;
}
