package io.dynamosql.oauth.admin;

/** A command that cannot be carried out; the message is printed for the administrator. */
final class AdminException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean usage;

  AdminException(String message, boolean usage) {
    super(message, null, false, false);
    this.usage = usage;
  }

  /** Whether the command line was wrong (exit status 2) rather than the request refused (1). */
  boolean usage() {
    return usage;
  }
}
