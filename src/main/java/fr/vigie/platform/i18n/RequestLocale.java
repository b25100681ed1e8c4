package fr.vigie.platform.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The language of the caller for error messages: French when the request's {@code
 * Accept-Language} prefers French, English otherwise. Kept for the duration of the request on its
 * thread, so that validation messages and field errors built anywhere can use it.
 */
@Provider
@PreMatching
public class RequestLocale implements ContainerRequestFilter, ContainerResponseFilter {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

  public static Locale current() {
    Locale locale = CURRENT.get();
    return locale == null ? ENGLISH : locale;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    CURRENT.set(choose(request.getAcceptableLanguages()));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    CURRENT.remove();
  }

  static Locale choose(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("fr".equals(locale.getLanguage())) {
        return FRENCH;
      }
      if ("en".equals(locale.getLanguage())) {
        return ENGLISH;
      }
    }
    return ENGLISH;
  }
}
