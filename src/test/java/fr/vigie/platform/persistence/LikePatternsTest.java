package fr.vigie.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

  @Test
  void wildcardsAndTheEscapeCharacterTypedByAUserMatchLiterally() {
    assertThat(LikePatterns.containing(" 100%_Sûr\\ ")).isEqualTo("%100\\%\\_sûr\\\\%");
  }

  @Test
  void noTextMeansNoCondition() {
    assertThat(LikePatterns.containing(null)).isNull();
    assertThat(LikePatterns.containing("  ")).isNull();
  }
}
