package fr.vigie.platform.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;

/**
 * Bean Validation messages in the caller's language ({@link RequestLocale}), from {@code
 * ValidationMessages[_fr].properties}. Declared in {@code META-INF/validation.xml}, so every
 * validator of the application uses it, including the CDI interceptor that validates resource
 * parameters.
 */
public class RequestLocaleInterpolator implements MessageInterpolator {

  private final MessageInterpolator standard =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Override
  public String interpolate(String template, Context context) {
    return standard.interpolate(template, context, RequestLocale.current());
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    return standard.interpolate(template, context, locale);
  }
}
