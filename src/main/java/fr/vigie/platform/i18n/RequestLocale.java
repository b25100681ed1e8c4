package fr.vigie.platform.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The language of the caller for error messages: French when the request's {@code
 * Accept-Language} prefers French, English when it prefers English or names neither, and English
 * without the header (scripts). Kept for the duration of the request on its thread, so that
 * validation messages and field errors built anywhere can use it.
 *
 * <p>The header is read leniently, element by element, and never fails a request: {@code fr_FR} is
 * read as {@code fr-FR}, an element with an unreadable or out-of-range weight ({@code fr;q=2},
 * {@code *;q=x}) or an unreadable tag is skipped. A header of which nothing is readable means
 * French, the language of Vigie's users.
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
    CURRENT.set(fromHeader(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
  }

  /** The language for an {@code Accept-Language} value (null when the header is absent). */
  public static Locale fromHeader(String header) {
    if (header == null || header.isBlank()) {
      return ENGLISH;
    }
    List<Locale.LanguageRange> ranges = new ArrayList<>();
    for (String element : header.split(",")) {
      try {
        ranges.addAll(Locale.LanguageRange.parse(element.trim().replace('_', '-')));
      } catch (IllegalArgumentException unreadable) {
        // skipped: a malformed element never fails the request
      }
    }
    if (ranges.isEmpty()) {
      return FRENCH;
    }
    ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
    List<Locale> acceptable = new ArrayList<>();
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
        acceptable.add(Locale.forLanguageTag(range.getRange()));
      }
    }
    return choose(acceptable);
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
