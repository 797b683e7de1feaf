package io.dynamosql.bench;

/**
 * The benchmark's command-line options.
 *
 * @param items items of the large table ({@code events})
 * @param rounds timed samples of each contender of a full Scan
 * @param lightRounds timed samples of each contender of the other workloads: their samples take
 *     well under a second, and their medians need more of them to settle on a shared machine
 * @param warmups untimed samples of each contender before the rounds (a full Scan takes one)
 * @param segments the driver's {@code scanSegments} and the hand-written parallel Scan's segments
 * @param smallHeap the heap of the streaming check's JVM ({@code -Xmx})
 */
record BenchOptions(
    int items, int rounds, int lightRounds, int warmups, int segments, String smallHeap) {

  static final String USAGE =
      "options: [--items N (100000)] [--rounds N (5)] [--light-rounds N (15)] [--warmups N (5)]"
          + " [--segments N (4)]"
          + " [--small-heap SIZE (64m)]";

  static BenchOptions parse(String[] args) {
    int items = 100_000;
    int rounds = 5;
    int lightRounds = 15;
    int warmups = 5;
    int segments = 4;
    String smallHeap = "64m";
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
      }
      switch (args[i]) {
        case "--items" -> items = Integer.parseInt(value);
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--light-rounds" -> lightRounds = Integer.parseInt(value);
        case "--warmups" -> warmups = Integer.parseInt(value);
        case "--segments" -> segments = Integer.parseInt(value);
        case "--small-heap" -> smallHeap = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
      i++;
    }
    if (items < 1000 || rounds < 1 || lightRounds < 1 || warmups < 0 || segments < 2) {
      throw new IllegalArgumentException(
          "need --items >= 1000, --rounds >= 1, --light-rounds >= 1, --warmups >= 0, --segments"
              + " >= 2; "
              + USAGE);
    }
    return new BenchOptions(items, rounds, lightRounds, warmups, segments, smallHeap);
  }
}
