package fr.vigie.platform.security;

import java.util.function.LongSupplier;

/**
 * A token bucket of password checks: {@code capacity} checks at once, refilled at {@code perSecond}.
 * A check takes a token before the (costly) password hash is computed and gives it back when the
 * password was right, so only failed checks spend the budget.
 */
final class CheckBudget {

  private final double capacity;
  private final double perNano;
  private final LongSupplier clock;
  private double tokens;
  private long updatedAt;

  CheckBudget(int capacity, double perSecond, LongSupplier clock) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.clock = clock;
    this.tokens = capacity;
    this.updatedAt = clock.getAsLong();
  }

  /** Takes a token: 0 when granted, otherwise the seconds (at least 1) until one is available. */
  synchronized long take() {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
  }

  /** Gives back a token taken for a check that succeeded. */
  synchronized void giveBack() {
    refill();
    tokens = Math.min(capacity, tokens + 1);
  }

  /** Whether the bucket is full again (nothing to remember about this caller). */
  synchronized boolean full() {
    refill();
    return tokens >= capacity;
  }

  private void refill() {
    long now = clock.getAsLong();
    tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
    updatedAt = now;
  }
}
