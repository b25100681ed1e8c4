package fr.vigie.platform.problem;

import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.i18n.RequestLocale;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a refusal of the computation core into a field-level 400 in the caller's language. The core's own message
 * is English and precise; in French the message comes from the bundle, by reason and by the field's last name
 * ({@code vigie.stats.INVALID_PARAMETER.lambda}, else {@code vigie.stats.INVALID_PARAMETER}), followed by the value
 * the core received when it named one. The stable reason code ends the message in both languages.
 */
public final class StatisticsRefusals {

  private static final Pattern RECEIVED = Pattern.compile("\\bgot (.+)$");
  private static final Pattern INDEX = Pattern.compile("\\[[^\\]]*\\]");

  private StatisticsRefusals() {}

  public static ProblemException invalid(InvalidStatisticsInputException e) {
    return ProblemException.invalid(e.field(), violationMessage(e));
  }

  /** The message of the refusal's violation, for a caller that names the field itself. */
  public static String violationMessage(InvalidStatisticsInputException e) {
    return message(e, RequestLocale.current()) + " (" + e.reason() + ")";
  }

  static String message(InvalidStatisticsInputException e, Locale locale) {
    if (!"fr".equals(locale.getLanguage())) {
      return e.getMessage();
    }
    String reasonKey = "vigie.stats." + e.reason().name();
    String message = Messages.find(locale, reasonKey + "." + lastName(e.field()))
        .or(() -> Messages.find(locale, reasonKey))
        .orElse(e.getMessage());
    Matcher received = RECEIVED.matcher(e.getMessage());
    return received.find() ? Messages.get(locale, "vigie.stats.received", message, received.group(1)) : message;
  }

  /** {@code current.counts[3]} → {@code counts}; {@code thresholds.ewmaLambda} → {@code ewmaLambda}. */
  static String lastName(String field) {
    String plain = INDEX.matcher(field).replaceAll("");
    return plain.substring(plain.lastIndexOf('.') + 1);
  }
}
