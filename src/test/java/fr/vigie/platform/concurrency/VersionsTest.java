package fr.vigie.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

class VersionsTest {

  @Test
  void readsStrongETagsOnly() {
    assertThat(Versions.expected("\"3\"")).isEqualTo(3);
    assertThatThrownBy(() -> Versions.expected("W/\"12\""))
        .as("If-Match compares strongly: a weak tag never matches")
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
    assertThat(Versions.etag(7).getValue()).isEqualTo("7");
  }

  @Test
  void missingIfMatchIs428AndGarbageIs412() {
    assertThatThrownBy(() -> Versions.expected(null))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    assertThatThrownBy(() -> Versions.expected("\"abc\""))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
  }

  @Test
  void aStaleVersionIsRefused() {
    Versions.check(4, 4, "x");
    assertThatThrownBy(() -> Versions.check(3, 4, "This AI system"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION);
          assertThat(e.detail()).contains("your version 3", "current 4");
        });
  }
}
