package io.dynamosql.bench.access;

/** One way of performing a workload's read (the driver, hand-written SDK calls or PartiQL). */
@FunctionalInterface
public interface Access {

  /** Performs the read once, consuming every row and every value. */
  Outcome read() throws Exception;
}
