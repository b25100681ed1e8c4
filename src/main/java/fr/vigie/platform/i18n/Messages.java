package fr.vigie.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Field and rule messages in the caller's language, from the {@code ValidationMessages} bundles
 * (the same bundles Bean Validation reads, so one place holds every message shown next to a field).
 * Patterns read here are {@link MessageFormat} patterns (a literal quote is written {@code ''});
 * patterns used in constraint annotations are Bean Validation templates (a quote is written {@code '}).
 */
public final class Messages {

  private Messages() {}

  public static String get(String key, Object... arguments) {
    return get(RequestLocale.current(), key, arguments);
  }

  public static String get(Locale locale, String key, Object... arguments) {
    return find(locale, key, arguments).orElse(key);
  }

  /** The message, or empty when the bundle has no such key. */
  public static Optional<String> find(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle("ValidationMessages", locale, Messages.class.getClassLoader()).getString(key);
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
    return Optional.of(new MessageFormat(pattern, locale).format(arguments));
  }
}
