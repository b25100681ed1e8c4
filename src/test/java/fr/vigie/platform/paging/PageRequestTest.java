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
    var orders = new PageRequest(2, 10, "-updatedAt, name").orders(SORTABLE.keySet(), "name");
    assertThat(orders).containsExactly(new PageRequest.Order("updatedAt", false), new PageRequest.Order("name", true));
    assertThat(new PageRequest(2, 10, null).offset()).isEqualTo(20);
  }

  @Test
  void usesTheDefaultSortWhenNoneIsGiven() {
    assertThat(new PageRequest(0, 20, " ").orders(SORTABLE.keySet(), "-name")).containsExactly(new PageRequest.Order("name", false));
  }

  @Test
  void refusesUnknownSortFieldsOnTheSortParameter() {
    assertThatThrownBy(() -> new PageRequest(0, 20, "password").orders(SORTABLE.keySet(), "name"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("sort");
            assertThat(v.message()).contains("password", "name, updatedAt");
          });
        });
  }

  @Test
  void refusesEmptyAndRepeatedSortFieldsListingTheAllowedOnes() {
    for (String sort : new String[] {",", "-", "name,", " , name", "name,-name"}) {
      assertThatThrownBy(() -> new PageRequest(0, 20, sort).orders(SORTABLE.keySet(), "name"))
          .as(sort)
          .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations()).singleElement()
              .satisfies(v -> {
                assertThat(v.field()).isEqualTo("sort");
                assertThat(v.message()).contains("name, updatedAt");
              }));
    }
  }

  @Test
  void theLastAllowedPageAtTheLargestSizeHasAnOffsetThatFits() {
    assertThat(new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE, null).offset()).isEqualTo(200_000_000);
  }
}
