package fr.vigie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  @Test
  void locksANameAfterTenFailuresAndOnlyThatName() {
    var throttle = SignInThrottle.withDefaults(System::nanoTime);
    for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
      throttle.failed("Qualite");
    }
    assertThat(throttle.secondsLocked("qualite")).as("nine failures").isZero();
    throttle.failed("QUALITE ");
    assertThat(throttle.secondsLocked("qualite")).isBetween(1L, SignInThrottle.LOCK.toSeconds());
    assertThat(throttle.secondsLocked("admin")).isZero();
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    var throttle = SignInThrottle.withDefaults(System::nanoTime);
    for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
      throttle.failed("lecteur");
    }
    throttle.succeeded("lecteur");
    throttle.failed("lecteur");
    assertThat(throttle.secondsLocked("lecteur")).isZero();
  }

  @Test
  void failedChecksFromOneAddressAreRefusedBeyondTheBurstUntilTheBudgetRefills() {
    var now = new AtomicLong();
    var throttle = SignInThrottle.withDefaults(now::get);
    for (int i = 0; i < SignInThrottle.ADDRESS_BURST; i++) {
      throttle.startCheck("10.0.0.7"); // each one a wrong password for a different name
    }
    assertThatThrownBy(() -> throttle.startCheck("10.0.0.7"))
        .isInstanceOfSatisfying(SignInLockedException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    throttle.startCheck("10.0.0.8");
    now.addAndGet((long) (1e9 / SignInThrottle.ADDRESS_PER_SECOND));
    throttle.startCheck("10.0.0.7");
  }

  @Test
  void rightPasswordsCostNothing() {
    var throttle = SignInThrottle.withDefaults(() -> 0L);
    for (int i = 0; i < 5 * SignInThrottle.GLOBAL_BURST; i++) {
      throttle.startCheck("10.0.0.7");
      throttle.checkSucceeded("10.0.0.7");
    }
    throttle.startCheck("10.0.0.7");
  }

  @Test
  void failedChecksFromManyAddressesShareOneGlobalBudget() {
    var now = new AtomicLong();
    var throttle = SignInThrottle.withDefaults(now::get);
    for (int i = 0; i < SignInThrottle.GLOBAL_BURST; i++) {
      throttle.startCheck("10.0.1." + i);
    }
    assertThatThrownBy(() -> throttle.startCheck("10.0.2.1")).isInstanceOf(SignInLockedException.class);
    now.addAndGet(1_000_000_000L);
    for (int i = 0; i < SignInThrottle.GLOBAL_PER_SECOND; i++) {
      throttle.startCheck("10.0.3." + i);
    }
    assertThatThrownBy(() -> throttle.startCheck("10.0.2.1")).isInstanceOf(SignInLockedException.class);
  }
}
