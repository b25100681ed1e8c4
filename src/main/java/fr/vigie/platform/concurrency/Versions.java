package fr.vigie.platform.concurrency;

import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the entity version is the (strong) ETag; an update must send it
 * back in {@code If-Match}. Missing header → 428, other version → 412.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version the client last saw, read from its If-Match header. */
  public static long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send the ETag you last read in an If-Match header, so that nobody's change is overwritten.");
    }
    // If-Match compares strongly (RFC 9110, 13.1.1): a weak tag (W/"3") never matches.
    String value = ifMatch.trim();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ProblemException(
          ProblemType.STALE_VERSION, "If-Match " + ifMatch + " does not match the current version.");
    }
  }

  /**
   * A create has no current version for an If-Match to match (RFC 9110, 13.1.1: the condition is false), so a
   * POST that sends one is refused with 412 rather than applied.
   */
  public static void requireNoIfMatch(String ifMatch) {
    if (ifMatch != null) {
      throw new ProblemException(
          ProblemType.STALE_VERSION, "If-Match on a creation: there is no current version to match.");
    }
  }

  /** Refuses the change when the stored version is not the one the client edited. */
  public static void check(long expected, long current, String what) {
    if (expected != current) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          what
              + " was changed by someone else since you read it (your version "
              + expected
              + ", current "
              + current
              + "). Reload it, then apply your change again.");
    }
  }
}
