package fr.vigie.platform.persistence;

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
    var result =
        Flyway.configure(FlywayIntegrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Flyway: "
                + result.migrationsExecuted
                + " migration(s) applied, schema version "
                + result.targetSchemaVersion);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release
  }
}
