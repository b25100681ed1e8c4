package fr.vigie.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the frontend's Vitest unit tests (problem parsing, form errors, conflict merge, i18n)
 * with the backend's unit tests, so that `mvn verify` and CI run them too.
 */
class FrontendUnitTest {

  @Test
  void vitestSuitePasses() throws Exception {
    assumeTrue(NodeProcess.installed(), "frontend/node_modules missing (run the build with npm)");
    int exit = NodeProcess.run(List.of("npx", "--no-install", "vitest", "run"), Map.of(), 5);
    assertThat(exit).as("vitest exit code (output above)").isZero();
  }
}
