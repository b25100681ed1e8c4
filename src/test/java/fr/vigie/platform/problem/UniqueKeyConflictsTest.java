package fr.vigie.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueKeyConflictsTest {

  @Test
  void theConstraintIsFoundInTheMessagesOfH2AndPostgresql() {
    assertThat(UniqueKeyConflicts.constraintIn(
            "Unique index or primary key violation: \"PUBLIC.UQ_ESTABLISHMENT_FINESS_INDEX_A ON"
                + " PUBLIC.ESTABLISHMENT(FINESS NULLS FIRST) VALUES ( /* 1 */ '540000001' )\""))
        .isEqualTo("uq_establishment_finess");
    assertThat(UniqueKeyConflicts.constraintIn(
            "ERROR: duplicate key value violates unique constraint \"uq_app_user_username\""))
        .isEqualTo("uq_app_user_username");
    assertThat(UniqueKeyConflicts.constraintIn("PK_SOMETHING")).isNull();
  }

  @Test
  void aWrappedUniqueViolationIsA409NamingTheField() {
    var sql = new SQLException("duplicate key value violates unique constraint \"uq_establishment_finess\"", "23505");
    var wrapped = new PersistenceException(new org.hibernate.exception.ConstraintViolationException(
        "could not execute statement", sql, "insert ...", "uq_establishment_finess"));
    var response = UniqueKeyConflicts.of(new RuntimeException(wrapped)).orElseThrow();
    assertThat(response.getStatus()).isEqualTo(409);
    var problem = (Problem) response.getEntity();
    assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT.uri());
    assertThat(problem.violations()).extracting(Violation::field).isEqualTo(List.of("finess"));
  }

  @Test
  void otherDatabaseErrorsAreNotConflicts() {
    var fk = new SQLException("violates foreign key constraint \"fk_x\"", "23503");
    assertThat(UniqueKeyConflicts.of(new PersistenceException(fk))).isEmpty();
  }
}
