package fr.vigie.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers HTTP Basic credentials already verified against a given stored password hash, so that
 * an API client sending the same credentials on every request does not pay a PBKDF2 verification
 * (hundreds of milliseconds by design) each time. Only a SHA-256 digest of user name, password and
 * stored hash is kept. The stored hash is part of the key and is read from the database on every
 * request ({@link StoredAccounts}): a password changed anywhere no longer matches, and roles and
 * account status always come from the database, never from this cache.
 */
@ApplicationScoped
public class CredentialCache {

  private static final int MAX_ENTRIES = 10_000;

  private final Set<String> verified = ConcurrentHashMap.newKeySet();

  /** Whether this password was verified against this stored hash. */
  public boolean verified(String username, String password, String storedHash) {
    return verified.contains(key(username, password, storedHash));
  }

  public void put(String username, String password, String storedHash) {
    if (verified.size() >= MAX_ENTRIES) {
      verified.clear();
    }
    verified.add(key(username, password, storedHash));
  }

  private static String key(String username, String password, String storedHash) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(username.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(storedHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
