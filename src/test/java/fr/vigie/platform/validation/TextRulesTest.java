package fr.vigie.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

  @Test
  void controlAndBidiCharactersAreRefusedAndLineBreaksOnlyInMultiLineText() {
    assertThat(TextRules.firstRefused("Dr Martin – CHU d'Angers, été", false)).isEqualTo(-1);
    assertThat(TextRules.firstRefused("a\u0000", false)).isEqualTo(1);
    assertThat(TextRules.firstRefused("a\u007F", true)).isEqualTo(1);
    assertThat(TextRules.firstRefused("a\u009B", true)).isEqualTo(1);
    assertThat(TextRules.firstRefused("\u202Eabc", true)).isZero();
    assertThat(TextRules.firstRefused("ab\u2069", true)).isEqualTo(2);
    assertThat(TextRules.firstRefused("l1\r\n\tl2", true)).isEqualTo(-1);
    assertThat(TextRules.firstRefused("l1\nl2", false)).isEqualTo(2);
    assertThat(TextRules.firstRefused("\u200F", false)).isEqualTo(-1); // a mark, not an override
  }

  @Test
  void datesLieBetween1900And2200() {
    assertThat(DateRange.accepts(java.time.LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(DateRange.accepts(java.time.LocalDate.of(2200, 12, 31))).isTrue();
    assertThat(DateRange.accepts(java.time.LocalDate.of(1582, 10, 10))).isFalse();
    assertThat(DateRange.accepts(java.time.LocalDate.MAX)).isFalse();
    assertThat(DateRange.accepts(java.time.Instant.parse("2201-01-01T00:00:00Z"))).isFalse();
  }
}
