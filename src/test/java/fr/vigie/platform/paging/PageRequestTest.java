package fr.vigie.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.platform.problem.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  static final Map<String, String> SORTABLE = Map.of("name", "s.name", "updatedAt", "s.updatedAt");

  @Test
  void parsesAscendingAndDescendingFieldsInOrder() {
    var orders = new PageRequest(2, 10, "-updatedAt, name").orders(SORTABLE, "name");
    assertThat(orders).containsExactly(new PageRequest.Order("s.updatedAt", false), new PageRequest.Order("s.name", true));
    assertThat(new PageRequest(2, 10, null).offset()).isEqualTo(20);
  }

  @Test
  void usesTheDefaultSortWhenNoneIsGiven() {
    assertThat(new PageRequest(0, 20, " ").orders(SORTABLE, "-name")).containsExactly(new PageRequest.Order("s.name", false));
  }

  @Test
  void refusesUnknownSortFieldsOnTheSortParameter() {
    assertThatThrownBy(() -> new PageRequest(0, 20, "password").orders(SORTABLE, "name"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sort");
            assertThat(v.message()).contains("password", "name, updatedAt");
          });
        });
  }
}
