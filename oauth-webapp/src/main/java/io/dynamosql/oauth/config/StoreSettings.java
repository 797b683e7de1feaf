package io.dynamosql.oauth.config;

import java.net.URI;
import java.util.Optional;

/**
 * Where the authorization server keeps its state.
 *
 * @param endpoint a DynamoDB endpoint override (DynamoDB Local); empty for AWS
 * @param region the AWS region
 * @param tablePrefix prefix of every state table name, so several deployments can share an account
 * @param accessKeyId static credentials; empty for the default AWS credentials chain
 * @param secretAccessKey static credentials; empty for the default AWS credentials chain
 */
public record StoreSettings(
    Optional<URI> endpoint,
    String region,
    String tablePrefix,
    Optional<String> accessKeyId,
    Optional<String> secretAccessKey) {

  public static StoreSettings defaults() {
    return new StoreSettings(
        Optional.empty(), "us-east-1", "dynamosql_oauth_", Optional.empty(), Optional.empty());
  }
}
