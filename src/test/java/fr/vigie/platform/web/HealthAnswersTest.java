package fr.vigie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthAnswersTest {

  @Test
  void theProblemDetailNamesEachFailingCheckAndWhy() {
    String health = """
        {"status":"DOWN","checks":[
          {"name":"vigie","status":"UP"},
          {"name":"database","status":"DOWN","data":{"reason":"connection refused"}},
          {"name":"other","status":"DOWN"}]}""";
    assertThat(HealthAnswers.detail(health.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("Not ready: database (reason: connection refused); other.");
  }

  @Test
  void anUnreadableAnswerStillGivesADetail() {
    assertThat(HealthAnswers.detail("<html>".getBytes(StandardCharsets.UTF_8))).isEqualTo("Not ready.");
  }

  @Test
  void onlyTheHealthAddressesAreRewritten() {
    assertThat(HealthAnswers.isHealth("/health")).isTrue();
    assertThat(HealthAnswers.isHealth("/health/ready")).isTrue();
    assertThat(HealthAnswers.isHealth("/healthy")).isFalse();
    assertThat(HealthAnswers.isHealth("/api/health")).isFalse();
  }
}
