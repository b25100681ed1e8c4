package fr.vigie.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of the application. Values come from MicroProfile Config at deploy time:
 * environment variables ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}, {@code
 * DB_DATASOURCE_CLASS}) or system properties override the embedded-H2 defaults set by the post-boot
 * command file. The application's own microprofile-config.properties is not visible at that stage.
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "${MPCONFIG=db.datasource-class}",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 4,
    maxPoolSize = 40,
    initialPoolSize = 4)
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/vigie";
}
