package fr.vigie.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} attribute. By default ({@code vigie.cookie.secure=auto}) it is
 * set when the request came over HTTPS, directly or through a reverse proxy that says so with
 * {@code X-Forwarded-Proto: https} (the HTTP listener's scheme mapping, post-boot commands).
 * {@code VIGIE_COOKIE_SECURE=true} sets it always, for a proxy that does not send the header.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String mode =
        ConfigProvider.getConfig().getOptionalValue("vigie.cookie.secure", String.class).orElse("auto");
    if ("true".equalsIgnoreCase(mode.trim())) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
