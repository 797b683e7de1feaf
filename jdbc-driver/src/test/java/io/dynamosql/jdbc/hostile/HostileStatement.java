package io.dynamosql.jdbc.hostile;

/**
 * One generated statement.
 *
 * @param id family and position, e.g. {@code disguised-write#1234}: with the seed, enough to
 *     regenerate it
 */
record HostileStatement(String id, String family, String sql, Expectation expectation) {

  @Override
  public String toString() {
    return id + ": " + Result.abbreviate(sql);
  }
}
