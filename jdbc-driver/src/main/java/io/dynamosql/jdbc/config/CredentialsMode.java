package io.dynamosql.jdbc.config;

/**
 * Where the AWS credentials come from. Independently of the mode, a {@code roleArn} makes the
 * driver assume that role with the credentials the mode yields.
 */
public enum CredentialsMode {
  /** Static keys when {@code user} is set, else the {@code profile} when set, else the chain. */
  AUTO,
  /** The AWS SDK's default provider chain (environment, system properties, profile, container). */
  DEFAULT,
  /** A named profile of the AWS config and credentials files ({@code profile}). */
  PROFILE,
  /** Access key in {@code user}, secret key in {@code password}, optional {@code sessionToken}. */
  STATIC;

  /** The spelling used in URLs and properties. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
