package io.dynamosql.bench.memory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a whole table in a separate JVM with a small heap ({@code -Xmx64m}), which only works if
 * the rows are streamed page by page rather than collected. DynamoDB Local stays in the parent.
 */
public final class HeapCheck {

  /**
   * What the child JVM reported.
   *
   * @param exitCode the child's exit code (an OutOfMemoryError makes it non-zero)
   * @param rows rows read, -1 when the child printed no result
   * @param peakHeapBytes the child's peak heap use, -1 when unknown
   * @param afterGcBytes the child's highest heap use right after a collection, -1 when unknown
   * @param output the child's last lines, for the report when it failed
   */
  public record Result(
      String mode,
      String heap,
      int exitCode,
      long rows,
      long peakHeapBytes,
      long afterGcBytes,
      String output) {

    public boolean streamed(long expectedRows) {
      return exitCode == 0 && rows == expectedRows;
    }
  }

  private final String heap;

  public HeapCheck(String heap) {
    this.heap = heap;
  }

  public Result run(String mode, URI endpoint, String region, String table)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx" + heap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-classpath");
    command.add(System.getProperty("java.class.path"));
    command.add(StreamingProbe.class.getName());
    command.addAll(List.of(mode, endpoint.toString(), region, table));
    Path log = Files.createTempFile("dynamosql-heap-check", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Result(mode, heap, -1, -1, -1, -1, "timed out after 10 minutes");
      }
      return parse(mode, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private Result parse(String mode, int exitCode, String output) {
    long rows = -1;
    long peak = -1;
    long afterGc = -1;
    for (String line : output.split("\n")) {
      if (line.startsWith(StreamingProbe.RESULT_PREFIX)) {
        for (String field : line.substring(StreamingProbe.RESULT_PREFIX.length()).split(" ")) {
          String[] pair = field.split("=");
          if (pair[0].equals("rows")) {
            rows = Long.parseLong(pair[1].strip());
          } else if (pair[0].equals("peakHeapBytes")) {
            peak = Long.parseLong(pair[1].strip());
          } else if (pair[0].equals("afterGcBytes")) {
            afterGc = Long.parseLong(pair[1].strip());
          }
        }
      }
    }
    return new Result(mode, heap, exitCode, rows, peak, afterGc, tail(output));
  }

  private static String tail(String output) {
    String[] lines = output.strip().split("\n");
    int from = Math.max(0, lines.length - 5);
    return String.join(" | ", Arrays.copyOfRange(lines, from, lines.length));
  }
}
