package fr.vigie.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations (SQL files from {@code db/migration}) while Hibernate builds its
 * session factory, i.e. before Hibernate validates the schema. A failed migration fails the
 * deployment.
 */
public class FlywayIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    var result = flyway(dataSource).migrate();
    LOG.info(
        () ->
            "Flyway: "
                + result.migrationsExecuted
                + " migration(s) applied, schema version "
                + result.targetSchemaVersion);
  }

  /** Flyway on the application's migrations for this database. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(FlywayIntegrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations(dataSource))
        .load();
  }

  /**
   * The portable migrations, plus those written for this database only (triggers, whose syntax
   * differs): {@code db/vendor/postgresql} or {@code db/vendor/h2}. Their versions sit between the
   * portable ones (e.g. 3.1 after 3), so both lines stay in one order.
   */
  public static String[] locations(DataSource dataSource) {
    String vendor;
    try (Connection connection = dataSource.getConnection()) {
      vendor = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
    String folder = vendor.contains("postgres") ? "postgresql" : vendor.contains("h2") ? "h2" : null;
    if (folder == null) {
      throw new IllegalStateException("Unsupported database: " + vendor + " (PostgreSQL or H2)");
    }
    return new String[] {"classpath:db/migration", "classpath:db/vendor/" + folder};
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release
  }
}
