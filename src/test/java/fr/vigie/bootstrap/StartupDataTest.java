package fr.vigie.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupDataTest {

  @Test
  void autoModeLoadsDemoDataOnEmbeddedH2Only() {
    assertThat(StartupData.demoWanted("auto", () -> "H2")).isTrue();
    assertThat(StartupData.demoWanted("auto", () -> "PostgreSQL")).isFalse();
  }

  @Test
  void anExplicitChoiceWinsWithoutAskingTheDatabase() {
    assertThat(StartupData.demoWanted(" TRUE ", () -> { throw new AssertionError("not asked"); })).isTrue();
    assertThat(StartupData.demoWanted("false", () -> { throw new AssertionError("not asked"); })).isFalse();
  }
}
