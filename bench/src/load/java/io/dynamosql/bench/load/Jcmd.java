package io.dynamosql.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The JDK's {@code jcmd} against the server JVM: nothing is added to the server itself. */
final class Jcmd {

  private final long pid;

  Jcmd(long pid) {
    this.pid = pid;
  }

  /** Runs one diagnostic command and returns its output. */
  String run(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "jcmd " + pid + " " + line.subList(2, line.size()) + " failed:\n" + output);
    }
    return output;
  }
}
