package fr.vigie.platform.security;

import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;

/** Sign-in refused for a while after too many wrong passwords (429 with Retry-After). */
public class SignInLockedException extends ProblemException {

  private final long retryAfterSeconds;

  public SignInLockedException(long retryAfterSeconds) {
    this(
        retryAfterSeconds,
        "Too many failed sign-in attempts for this user name. Try again in "
            + Math.max(1, (retryAfterSeconds + 59) / 60)
            + " minute(s).");
  }

  private SignInLockedException(long retryAfterSeconds, String detail) {
    super(ProblemType.TOO_MANY_ATTEMPTS, detail);
    this.retryAfterSeconds = retryAfterSeconds;
    withHeader("Retry-After", retryAfterSeconds);
  }

  /** Too many failed checks from this address or from everyone: wait a few seconds. */
  static SignInLockedException busy(long retryAfterSeconds) {
    return new SignInLockedException(
        retryAfterSeconds,
        "Too many failed sign-in attempts from your network or in total. Try again in "
            + retryAfterSeconds
            + " second(s).");
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
