package fr.vigie.platform.security;

import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;

/** Sign-in refused for a while after too many wrong passwords (429 with Retry-After). */
public class SignInLockedException extends ProblemException {

  private final long retryAfterSeconds;

  public SignInLockedException(long retryAfterSeconds) {
    super(
        ProblemType.TOO_MANY_ATTEMPTS,
        "Too many failed sign-in attempts for this user name. Try again in "
            + Math.max(1, (retryAfterSeconds + 59) / 60)
            + " minute(s).");
    this.retryAfterSeconds = retryAfterSeconds;
    withHeader("Retry-After", retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
