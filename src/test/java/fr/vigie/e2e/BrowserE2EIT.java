package fr.vigie.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser journeys of frontend/e2e (Playwright in the system's Chromium) against the shared
 * deployment. Skipped with -Dskip.browser=true or where /usr/bin/chromium is missing.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserE2EIT {

  private static final String CHROMIUM = "/usr/bin/chromium";

  @ArquillianResource URL base;

  @Test
  void browserJourneysPassInChromium() throws Exception {
    assumeFalse(Boolean.getBoolean("skip.browser"), "browser tests skipped (-Dskip.browser=true)");
    assumeTrue(new File(CHROMIUM).canExecute(), "no " + CHROMIUM + " on this machine");
    assumeTrue(NodeProcess.installed(), "frontend/node_modules missing (run the build with npm)");

    int exit =
        NodeProcess.run(
            List.of("npx", "--no-install", "playwright", "test"),
            Map.of("BASE_URL", base.toString(), "CHROMIUM_PATH", CHROMIUM),
            15);

    assertThat(exit).as("playwright test exit code (output above)").isZero();
  }
}
