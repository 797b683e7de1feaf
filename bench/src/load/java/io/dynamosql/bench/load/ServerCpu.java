package io.dynamosql.bench.load;

import java.time.Duration;

/**
 * The CPU time the server JVM has used, read from outside through {@link ProcessHandle} (on Linux
 * {@code /proc/<pid>/stat}, in 10 ms ticks). CPU per call swings far less with how many other
 * processes share the machine than latency, which a busy machine stretches several times; the
 * server's JIT and GC threads count too.
 */
final class ServerCpu {

  private final ProcessHandle server;

  ServerCpu(long pid) {
    this.server =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
  }

  /** CPU time used since the server started. */
  Duration used() {
    return server
        .info()
        .totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("the OS does not report the server's CPU"));
  }
}
