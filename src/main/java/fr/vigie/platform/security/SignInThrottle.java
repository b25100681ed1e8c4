package fr.vigie.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords for one user name
 * within {@link #WINDOW}, that name is refused for {@link #LOCK} (HTTP 429), even with the right
 * password. It applies to unknown names too, so it reveals nothing about which accounts exist.
 * Credentials already verified and cached keep working, so an attacker cannot lock out a running
 * API client.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final int MAX_TRACKED_NAMES = 10_000;

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();

  /** Seconds until the name may try again, or 0 when it is not locked. */
  public long secondsLocked(String username) {
    Long until = lockedUntil.get(key(username));
    long remaining = until == null ? 0 : until - System.nanoTime();
    return remaining <= 0 ? 0 : Math.max(1, Duration.ofNanos(remaining).toSeconds());
  }

  public void failed(String username) {
    if (failures.size() > MAX_TRACKED_NAMES) {
      failures.clear();
    }
    long now = System.nanoTime();
    Deque<Long> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(now);
      while (!recent.isEmpty() && now - recent.peekFirst() > WINDOW.toNanos()) {
        recent.removeFirst();
      }
      if (recent.size() >= MAX_FAILURES) {
        lockedUntil.put(key(username), now + LOCK.toNanos());
        recent.clear();
      }
    }
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username.trim().toLowerCase(Locale.ROOT);
  }
}
