package fr.vigie.aisystems.control;

import fr.vigie.platform.persistence.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The committed revision of everything the register list shows: a counter bumped by database
 * triggers in every transaction that changes an AI system, its tags or establishment links, or an
 * establishment, whichever instance (or SQL script) made it. One primary-key read per list request.
 */
@ApplicationScoped
public class RegisterRevision {

  static final String QUERY = "SELECT revision FROM register_revision WHERE id = 1";

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  public long current() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(QUERY);
        ResultSet result = statement.executeQuery()) {
      if (!result.next()) {
        throw new IllegalStateException("register_revision has no row: migration V003 not applied");
      }
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the register revision", e);
    }
  }
}
