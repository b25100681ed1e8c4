package fr.vigie.platform.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.glassfish.jersey.server.validation.ValidationConfig;

/** Bean Validation messages of request validation follow the caller's language. */
@Provider
public class LocalizedValidation implements ContextResolver<ValidationConfig> {

  private final ValidationConfig config;

  public LocalizedValidation() {
    MessageInterpolator standard =
        Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
    config =
        new ValidationConfig()
            .messageInterpolator(
                new MessageInterpolator() {
                  @Override
                  public String interpolate(String template, Context context) {
                    return standard.interpolate(template, context, RequestLocale.current());
                  }

                  @Override
                  public String interpolate(String template, Context context, Locale locale) {
                    return standard.interpolate(template, context, locale);
                  }
                });
  }

  @Override
  public ValidationConfig getContext(Class<?> type) {
    return config;
  }
}
