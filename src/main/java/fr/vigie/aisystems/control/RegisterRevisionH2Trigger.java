package fr.vigie.aisystems.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's form of the PostgreSQL trigger function {@code bump_register_revision}: after any statement
 * on a table the register list reads, bumps the register revision in the same transaction
 * (db/vendor/h2/V003_1__create_register_revision_triggers.sql).
 */
public class RegisterRevisionH2Trigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    try (PreparedStatement bump =
        connection.prepareStatement("UPDATE register_revision SET revision = revision + 1 WHERE id = 1")) {
      bump.executeUpdate();
    }
  }
}
