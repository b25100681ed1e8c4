package fr.vigie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  @Test
  void locksANameAfterTenFailuresAndOnlyThatName() {
    var throttle = new SignInThrottle();
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
    var throttle = new SignInThrottle();
    for (int i = 1; i < SignInThrottle.MAX_FAILURES; i++) {
      throttle.failed("lecteur");
    }
    throttle.succeeded("lecteur");
    throttle.failed("lecteur");
    assertThat(throttle.secondsLocked("lecteur")).isZero();
  }
}
