package io.dynamosql.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server JVM's heap in use after a full collection, read from outside with {@code jcmd <pid>
 * GC.run} then {@code GC.heap_info} (the JDK's own tool; nothing added to the server).
 */
final class ServerHeap {

  /** G1's summary line: {@code garbage-first heap total 262144K, used 123456K [...]}. */
  private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  private final long pid;

  ServerHeap(long pid) {
    this.pid = pid;
  }

  /** Heap in use after a full GC, in MiB. */
  double usedAfterGcMib() throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher matcher = USED.matcher(info);
    if (!matcher.find()) {
      throw new IllegalStateException("unexpected GC.heap_info output:\n" + info);
    }
    return Long.parseLong(matcher.group(1)) / 1024.0;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid),
                    command))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + output);
    }
    return output;
  }
}
