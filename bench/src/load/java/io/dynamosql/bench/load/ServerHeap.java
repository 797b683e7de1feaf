package io.dynamosql.bench.load;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server JVM's heap in use after a full collection, read from outside with {@code jcmd <pid>
 * GC.run} then {@code GC.heap_info} (the JDK's own tool; nothing added to the server).
 */
final class ServerHeap {

  /** G1's summary line: {@code garbage-first heap total 262144K, used 123456K [...]}. */
  private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  private final Jcmd jcmd;

  ServerHeap(Jcmd jcmd) {
    this.jcmd = jcmd;
  }

  /** Heap in use after a full GC, in MiB. */
  double usedAfterGcMib() throws IOException, InterruptedException {
    jcmd.run("GC.run");
    String info = jcmd.run("GC.heap_info");
    Matcher matcher = USED.matcher(info);
    if (!matcher.find()) {
      throw new IllegalStateException("unexpected GC.heap_info output:\n" + info);
    }
    return Long.parseLong(matcher.group(1)) / 1024.0;
  }
}
