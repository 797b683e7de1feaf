package io.dynamosql.jdbc.config;

/** What a statement does when its plan reads a table or index with a full Scan. */
public enum FullScanPolicy {
  /** Scan silently. */
  ALLOW,
  /** Scan and leave a SQLWarning that says which table is scanned. */
  WARN,
  /** Refuse the statement before anything is read. */
  REFUSE;

  /** The spelling used in URLs and properties. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
