package fr.vigie.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an npm/npx command in frontend/ and relays its output line by line through System.out.
 * (Not inheritIO: a child writing to the fork's native stdout corrupts the failsafe channel.)
 */
final class NodeProcess {

  static final File FRONTEND = new File("frontend");

  private NodeProcess() {}

  static boolean installed() {
    return new File(FRONTEND, "node_modules/.bin").isDirectory();
  }

  static int run(List<String> command, Map<String, String> env, long timeoutMinutes)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(FRONTEND).redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("FORCE_COLOR", "0");
    builder.environment().put("CI", "true");
    Process process = builder.start();
    Thread relay =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  System.out.println(line);
                }
              } catch (IOException e) {
                System.out.println("[output relay stopped: " + e.getMessage() + "]");
              }
            },
            "node-output");
    relay.setDaemon(true);
    relay.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      relay.join(5_000);
      System.out.println("[timed out after " + timeoutMinutes + " min: " + String.join(" ", command) + "]");
      return -1;
    }
    relay.join(10_000);
    return process.exitValue();
  }
}
