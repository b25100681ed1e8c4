package fr.vigie.bootstrap;

import fr.vigie.platform.persistence.DataSourceConfiguration;
import fr.vigie.platform.security.CurrentUser;
import fr.vigie.platform.security.Roles;
import fr.vigie.users.boundary.UserService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database at start-up. Demo mode ({@code vigie.demo}: {@code auto}, the default,
 * means "only on embedded H2") loads the demo data set with one user per role. Otherwise the first
 * administrator comes from {@code vigie.admin.username}/{@code vigie.admin.password}, or gets a
 * generated password printed once in the log.
 */
@ApplicationScoped
public class StartupData {

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject UserService users;
  @Inject DemoData demo;
  @Inject CurrentUser currentUser;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "vigie.demo", defaultValue = "auto")
  String demoMode;

  @Inject
  @ConfigProperty(name = "vigie.admin.username", defaultValue = "admin")
  String adminUsername;

  @Inject
  @ConfigProperty(name = "vigie.admin.password")
  Optional<String> adminPassword;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    currentUser.runAs(
        CurrentUser.SYSTEM,
        () -> {
          if (demoEnabled() && !users.anyUser()) {
            demo.load();
            LOG.info("Demo data loaded (demo users: see README, password " + DemoData.PASSWORD + ").");
          }
          if (!users.anyUser()) {
            createFirstAdministrator();
          }
          return null;
        });
  }

  private boolean demoEnabled() {
    return demoWanted(demoMode, this::databaseProduct);
  }

  /**
   * {@code true}/{@code false} force the choice; anything else ({@code auto}) means demo data only
   * on the embedded H2 database, never on PostgreSQL.
   */
  static boolean demoWanted(String mode, java.util.function.Supplier<String> databaseProduct) {
    return switch (mode.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> "H2".equalsIgnoreCase(databaseProduct.get());
    };
  }

  private String databaseProduct() {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database", e);
    }
  }

  private void createFirstAdministrator() {
    String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
    users.create(adminUsername, "Administrator", password, Set.of(Roles.ADMIN));
    if (generated) {
      LOG.warning(
          "First administrator created: user '"
              + adminUsername
              + "', generated password '"
              + password
              + "'. It is shown only once: sign in and change it.");
    } else {
      LOG.info("First administrator '" + adminUsername + "' created from configuration.");
    }
  }
}
