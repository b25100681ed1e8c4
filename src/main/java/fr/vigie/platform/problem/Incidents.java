package fr.vigie.platform.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unexpected server errors: each is logged in full under a new incident reference, and the caller
 * gets only that reference (no stack trace, no class name), which the operator finds in the log.
 */
public final class Incidents {

  private static final Logger LOG = Logger.getLogger(Incidents.class.getName());

  private Incidents() {}

  /**
   * Logs {@code error} (may be null) at SEVERE with a new incident reference, naming {@code where} it
   * happened, and returns the problem detail for the caller.
   */
  public static String record(String where, Throwable error) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + where + ", incident " + incident, error);
    return "Unexpected error. Incident reference: " + incident + ".";
  }
}
