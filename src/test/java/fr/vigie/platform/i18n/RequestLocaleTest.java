package fr.vigie.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLocaleTest {

  @Test
  void followsTheCallersPreferenceBetweenFrenchAndEnglish() {
    assertThat(RequestLocale.fromHeader("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader("en-GB,fr;q=0.5")).isEqualTo(RequestLocale.ENGLISH);
    assertThat(RequestLocale.fromHeader("de;q=0.9,fr;q=0.8")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader("fr;q=0.2,en;q=0.8")).isEqualTo(RequestLocale.ENGLISH);
    assertThat(RequestLocale.fromHeader("de")).isEqualTo(RequestLocale.ENGLISH);
    assertThat(RequestLocale.fromHeader(null)).isEqualTo(RequestLocale.ENGLISH);
  }

  @Test
  void readsMalformedHeadersLenientlyAndFallsBackToFrench() {
    assertThat(RequestLocale.fromHeader("fr_FR")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader("en;q=2,fr")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader("*;q=x")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader("fr;q=2")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader(";;;,,,")).isEqualTo(RequestLocale.FRENCH);
    assertThat(RequestLocale.fromHeader("en;q=abc, en-US;q=0.1")).isEqualTo(RequestLocale.ENGLISH);
  }
}
