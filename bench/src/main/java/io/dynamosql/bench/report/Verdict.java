package io.dynamosql.bench.report;

/** Whether a target was met, with the figures that decide it. */
public record Verdict(Status status, String target, String figures) {

  /** MISSING: a contender the target needs could not be measured (e.g. the driver is absent). */
  public enum Status {
    MET,
    MISSED,
    MISSING
  }

  @Override
  public String toString() {
    return String.format("%-7s %s: %s", status, target, figures);
  }
}
