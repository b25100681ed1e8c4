package fr.vigie.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, for the sign-in form and HTTP Basic alike.
 *
 * <ul>
 *   <li>Per user name: after {@value #MAX_FAILURES} wrong passwords within {@link #WINDOW}, that
 *       name is refused for {@link #LOCK} (HTTP 429), even with the right password. It applies to
 *       unknown names too, so it reveals nothing about which accounts exist.
 *   <li>Per client address and for all callers together: each password check costs a PBKDF2
 *       computation (about a quarter of a CPU second), so failed checks spend a budget ({@link
 *       CheckBudget}): by default {@value #ADDRESS_BURST} at once then {@value #ADDRESS_PER_SECOND}
 *       per second per address, {@value #GLOBAL_BURST} then {@value #GLOBAL_PER_SECOND} per second in
 *       all ({@code vigie.signin.address-burst}, {@code …address-per-second}, {@code
 *       …global-burst}, {@code …global-per-second}).
 *       Beyond it, checks are refused with 429 before any hash is computed; guessing with varied
 *       names can then use at most about one core.
 * </ul>
 *
 * Credentials already verified and cached keep working, so an attacker cannot lock out a running
 * API client. The counts are kept per instance.
 */
@ApplicationScoped
public class SignInThrottle {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  static final int ADDRESS_BURST = 20;
  static final double ADDRESS_PER_SECOND = 2;
  static final int GLOBAL_BURST = 40;
  static final double GLOBAL_PER_SECOND = 4;
  private static final int MAX_TRACKED_NAMES = 10_000;
  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private final Map<String, Long> lockedUntil = new ConcurrentHashMap<>();
  private final Map<String, CheckBudget> addresses = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  @Inject
  @ConfigProperty(name = "vigie.signin.address-burst", defaultValue = "" + ADDRESS_BURST)
  int addressBurst;

  @Inject
  @ConfigProperty(name = "vigie.signin.address-per-second", defaultValue = "" + ADDRESS_PER_SECOND)
  double addressPerSecond;

  @Inject
  @ConfigProperty(name = "vigie.signin.global-burst", defaultValue = "" + GLOBAL_BURST)
  int globalBurst;

  @Inject
  @ConfigProperty(name = "vigie.signin.global-per-second", defaultValue = "" + GLOBAL_PER_SECOND)
  double globalPerSecond;

  private CheckBudget global;

  /** For CDI: the budgets come from the configuration, then {@link #start()}. */
  public SignInThrottle() {
    this(System::nanoTime);
  }

  private SignInThrottle(LongSupplier clock) {
    this.clock = clock;
  }

  /** With the default budgets and the given clock, outside CDI (unit tests). */
  static SignInThrottle withDefaults(LongSupplier clock) {
    SignInThrottle throttle = new SignInThrottle(clock);
    throttle.addressBurst = ADDRESS_BURST;
    throttle.addressPerSecond = ADDRESS_PER_SECOND;
    throttle.globalBurst = GLOBAL_BURST;
    throttle.globalPerSecond = GLOBAL_PER_SECOND;
    throttle.start();
    return throttle;
  }

  @PostConstruct
  void start() {
    global = new CheckBudget(globalBurst, globalPerSecond, clock);
  }

  /**
   * Takes one password check from the address's budget and the global one.
   *
   * @throws SignInLockedException when either is spent
   */
  public void startCheck(String address) {
    if (addresses.size() > MAX_TRACKED_ADDRESSES) {
      addresses.values().removeIf(CheckBudget::full);
    }
    CheckBudget own =
        addresses.computeIfAbsent(
            address, a -> new CheckBudget(addressBurst, addressPerSecond, clock));
    long wait = own.take();
    if (wait > 0) {
      throw SignInLockedException.busy(wait);
    }
    wait = global.take();
    if (wait > 0) {
      own.giveBack();
      throw SignInLockedException.busy(wait);
    }
  }

  /** The check started for this address found the right password: it costs nothing. */
  public void checkSucceeded(String address) {
    CheckBudget own = addresses.get(address);
    if (own != null) {
      own.giveBack();
    }
    global.giveBack();
  }

  /** Seconds until the name may try again, or 0 when it is not locked. */
  public long secondsLocked(String username) {
    Long until = lockedUntil.get(key(username));
    long remaining = until == null ? 0 : until - clock.getAsLong();
    return remaining <= 0 ? 0 : Math.max(1, Duration.ofNanos(remaining).toSeconds());
  }

  public void failed(String username) {
    if (failures.size() > MAX_TRACKED_NAMES) {
      failures.clear();
    }
    long now = clock.getAsLong();
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
