package io.dynamosql.jdbc.hostile;

import java.sql.SQLException;

/** What happened when the driver was given one hostile statement. */
sealed interface Result {

  /**
   * The statement answered rows.
   *
   * @param rows rows read (at most the runner's cap)
   * @param capped whether reading stopped at the cap with rows still to come
   * @param firstValue the first column of the first row as a string, null when none
   */
  record Answered(long rows, boolean capped, String firstValue) implements Result {
    @Override
    public String toString() {
      return "answered "
          + rows
          + (capped ? "+" : "")
          + " rows (first value "
          + abbreviate(firstValue)
          + ")";
    }
  }

  /**
   * The driver refused it or failed it with an SQLException.
   *
   * @param dataReads GetItem/BatchGetItem/Query/Scan calls made before the refusal
   */
  record Refused(SQLException error, long dataReads) implements Result {
    @Override
    public String toString() {
      return "refused [" + error.getSQLState() + "] " + abbreviate(error.getMessage());
    }
  }

  /** Something other than an SQLException escaped the driver. */
  record Crashed(Throwable error) implements Result {
    @Override
    public String toString() {
      return "crashed with "
          + error.getClass().getName()
          + ": "
          + abbreviate(error.getMessage())
          + " at "
          + origin();
    }

    /** The innermost frame of the driver (or its parser) that threw: where to look. */
    private String origin() {
      for (StackTraceElement frame : error.getStackTrace()) {
        if (frame.getClassName().startsWith("io.dynamosql.")
            || frame.getClassName().startsWith("net.sf.jsqlparser.")) {
          return frame.toString();
        }
      }
      return "(no driver frame)";
    }
  }

  /** {@code Statement.execute} reported an update count: the driver ran a non-query. */
  record Updated(long count) implements Result {
    @Override
    public String toString() {
      return "executed as an update (count " + count + ")";
    }
  }

  /** The statement did not finish within the runner's hang guard. */
  record Hung(long seconds) implements Result {
    @Override
    public String toString() {
      return "still running after " + seconds + " s";
    }
  }

  /** A short form of a possibly huge text, for failure messages. */
  static String abbreviate(String text) {
    if (text == null) {
      return "null";
    }
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 200
        ? oneLine
        : oneLine.substring(0, 200) + "... (" + oneLine.length() + " chars)";
  }
}
