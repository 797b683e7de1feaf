package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.config.CredentialsMode;
import io.dynamosql.jdbc.config.DriverConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The part of a configuration that decides how the SDK client is built: where DynamoDB is, who is
 * asking, and the network limits. Configurations that differ only in schema settings (allow-list,
 * sample size, mapping file, ...) share one client; {@link #toString()} never shows a secret.
 */
record ClientSettings(
    Optional<URI> endpoint,
    Optional<String> region,
    CredentialsMode credentials,
    Optional<String> accessKeyId,
    Optional<String> secretAccessKey,
    Optional<String> sessionToken,
    Optional<String> profile,
    Optional<String> roleArn,
    Optional<String> externalId,
    String roleSessionName,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries) {

  static ClientSettings of(DriverConfig config) {
    return new ClientSettings(
        config.endpoint(),
        config.region(),
        config.effectiveCredentials(),
        config.user(),
        config.password(),
        config.sessionToken(),
        config.profile(),
        config.roleArn(),
        config.externalId(),
        config.roleSessionName(),
        config.connectTimeout(),
        config.requestTimeout(),
        config.maxRetries());
  }

  /** Where DynamoDB is, for messages: the endpoint override, else the region. */
  String location() {
    return endpoint
        .map(URI::toString)
        .orElse("the DynamoDB endpoint of region " + region.orElse("(from the AWS SDK chain)"));
  }

  @Override
  public String toString() {
    return "ClientSettings[" + location() + ", credentials=" + credentials.key() + "]";
  }
}
