package io.dynamosql.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run does.
 *
 * @param clients well-behaved MCP clients, each with its own API client and token
 * @param greedyClients clients that send bursts beyond their bucket, to be rate-limited
 * @param perClientRate calls per second of each well-behaved client (paced, so within its bucket)
 * @param duration how long the mixed load runs (zero: only the overhead probe)
 * @param soak how long the soak runs after it (zero: none)
 * @param warmUp how long the well-behaved clients run the mix before the overhead probe, so that
 *     both JVMs have compiled the paths a server in service runs hot (zero: none)
 * @param rounds measured rounds of the overhead probe
 * @param warmups warm-up rounds of the overhead probe, not measured
 * @param profile whether the overhead probe's measured rounds are recorded with JFR (server and
 *     harness)
 * @param microJar the Payara Micro jar
 * @param earDir the unpacked EAR
 * @param workDir where the server's console and the results go
 */
record LoadOptions(
    int clients,
    int greedyClients,
    double perClientRate,
    Duration duration,
    Duration soak,
    Duration warmUp,
    int rounds,
    int warmups,
    boolean profile,
    Path microJar,
    Path earDir,
    Path workDir) {

  /** Hard bounds, whatever the command line says: this is a loopback test, not a stress tool. */
  static final int MAX_CLIENTS = 500;

  static final Duration MAX_DURATION = Duration.ofHours(2);

  static final int MAX_ROUNDS = 10_000;

  LoadOptions {
    if (clients < 1 || clients > MAX_CLIENTS || greedyClients < 0 || greedyClients > clients) {
      throw new IllegalArgumentException(
          "--clients must be 1.." + MAX_CLIENTS + " and --greedy 0..clients");
    }
    if (perClientRate <= 0 || perClientRate > 50) {
      throw new IllegalArgumentException("--rate must be in (0, 50] calls per second");
    }
    if (rounds < 1 || rounds > MAX_ROUNDS || warmups < 0 || warmups > MAX_ROUNDS) {
      throw new IllegalArgumentException(
          "--rounds must be 1.." + MAX_ROUNDS + " and --warmups 0.." + MAX_ROUNDS);
    }
    if (duration.isNegative()
        || (duration.isZero() && !soak.isZero())
        || duration.compareTo(MAX_DURATION) > 0
        || soak.isNegative()
        || soak.compareTo(MAX_DURATION) > 0
        || warmUp.isNegative()
        || warmUp.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          "--seconds, --soak-minutes and --warmup-seconds are bounded by 2 h, and a soak needs a"
              + " load before it");
    }
  }

  /** The well-behaved clients: those that are not greedy. */
  int pacedClients() {
    return clients - greedyClients;
  }

  /** {@code --name value} pairs; see the README's "Load and soak" for their defaults. */
  static LoadOptions parse(List<String> args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      if (!name.startsWith("--") || i + 1 == args.size()) {
        throw new IllegalArgumentException("expected --name value, got " + name);
      }
      values.put(name.substring(2), args.get(++i));
    }
    return new LoadOptions(
        Integer.parseInt(values.getOrDefault("clients", "50")),
        Integer.parseInt(values.getOrDefault("greedy", "3")),
        Double.parseDouble(values.getOrDefault("rate", "2")),
        Duration.ofSeconds(Long.parseLong(values.getOrDefault("seconds", "60"))),
        Duration.ofMinutes(Long.parseLong(values.getOrDefault("soak-minutes", "0"))),
        Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup-seconds", "60"))),
        Integer.parseInt(values.getOrDefault("rounds", "200")),
        Integer.parseInt(values.getOrDefault("warmups", "50")),
        Boolean.parseBoolean(values.getOrDefault("profile", "false")),
        Path.of(required(values, "micro-jar")),
        Path.of(required(values, "ear-dir")),
        Path.of(values.getOrDefault("work-dir", "target/load")));
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
