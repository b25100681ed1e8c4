package fr.vigie.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently verified HTTP Basic credentials for a short time, so that an API client
 * sending the same credentials on every request does not pay a PBKDF2 verification (hundreds of
 * milliseconds by design) each time. Only a SHA-256 digest of user and password is kept in memory.
 * Anything that changes a user's password, roles or status must call {@link #invalidateAll()}.
 */
@ApplicationScoped
public class CredentialCache {

  static final Duration TTL = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String caller, Set<String> groups, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public VerifiedCaller get(String username, String password) {
    Entry entry = entries.get(key(username, password));
    if (entry == null || entry.expiresAtNanos - System.nanoTime() < 0) {
      return null;
    }
    return new VerifiedCaller(entry.caller, entry.groups);
  }

  public void put(String username, String password, VerifiedCaller caller) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        key(username, password),
        new Entry(caller.name(), Set.copyOf(caller.groups()), System.nanoTime() + TTL.toNanos()));
  }

  public void invalidateAll() {
    entries.clear();
  }

  private static String key(String username, String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(username.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
