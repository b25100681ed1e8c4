package fr.vigie.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.function.Supplier;

/**
 * The login name of the caller of the current request. Work done outside a request (start-up,
 * demo data) runs as a named system actor through {@link #runAs}.
 */
@ApplicationScoped
public class CurrentUser {

  public static final String SYSTEM = "system";

  private static final ThreadLocal<String> RUN_AS = new ThreadLocal<>();

  @Inject SecurityContext securityContext;

  public String name() {
    String runAs = RUN_AS.get();
    if (runAs != null) {
      return runAs;
    }
    try {
      var principal = securityContext.getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException outsideRequest) {
      return SYSTEM;
    }
  }

  public <T> T runAs(String actor, Supplier<T> work) {
    String previous = RUN_AS.get();
    RUN_AS.set(actor);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        RUN_AS.remove();
      } else {
        RUN_AS.set(previous);
      }
    }
  }
}
