package fr.vigie.platform.security;

import java.util.Set;

/**
 * The accounts as the database holds them now, read on every request that presents a remembered
 * credential, so that a password change, a role change or a disabled account made by any instance
 * (or by SQL) applies to the very next request. Implemented by the {@code users} feature.
 */
public interface StoredAccounts {

  /** The active account with this user name, or null. One read by a unique key. */
  Account active(String username);

  /** An account's name, current password hash and roles. */
  record Account(String name, String passwordHash, Set<String> groups) {}
}
