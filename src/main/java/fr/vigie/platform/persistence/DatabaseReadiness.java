package fr.vigie.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): the database answers within {@value #TIMEOUT_SECONDS} seconds,
 * and every migration this build carries has been applied to it. Once the migrations were found
 * applied they stay so (history only grows), so later probes only test the connection.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  private volatile boolean migrated;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(TIMEOUT_SECONDS)) {
        return response.down().withData("reason", "no answer within " + TIMEOUT_SECONDS + " s").build();
      }
    } catch (SQLException e) {
      return response.down().withData("reason", "connection refused").build();
    }
    int pending = migrated ? 0 : pendingMigrations();
    if (pending != 0) {
      return response.down().withData("pendingMigrations", pending).build();
    }
    migrated = true;
    return response.up().build();
  }

  /** Migrations not applied yet, or -1 when Flyway cannot read its history. */
  private int pendingMigrations() {
    try {
      return FlywayIntegrator.flyway(dataSource).info().pending().length;
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
