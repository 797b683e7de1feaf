package io.dynamosql.it.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the Node scripts that src/test/node/oauth/prepare.sh installed into
 * target/oauth-tools, and reads the one JSON object it prints.
 */
final class NodeScript {

  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  private NodeScript() {}

  record Outcome(int exitCode, JsonNode result, String output) {}

  static Outcome run(String script, Map<String, String> environment) {
    Path tools = Path.of(System.getProperty("it.oauth.tools"));
    ProcessBuilder builder =
        new ProcessBuilder("node", tools.resolve(script).toString())
            .directory(tools.toFile())
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(script + " did not finish within " + TIMEOUT);
      }
      String text = new String(output, StandardCharsets.UTF_8);
      String last = text.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{}");
      return new Outcome(process.exitValue(), AuthorizationServerCalls.JSON.readTree(last), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
