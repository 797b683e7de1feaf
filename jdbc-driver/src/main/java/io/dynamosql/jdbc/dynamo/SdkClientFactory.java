package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Builds the SDK client of one {@link ClientSettings}: the URLConnection HTTP client (no Apache or
 * Netty, which clash inside application servers) with the configured connect and socket timeouts,
 * the standard retry strategy with {@code maxRetries} retries (also of answers cut short), the call
 * timeout, the region, and the credentials: static keys, a profile or the default chain, optionally
 * exchanged through STS for a role (with an external ID).
 */
final class SdkClientFactory {

  /**
   * The region used with an endpoint override when no region is configured anywhere: DynamoDB Local
   * ignores it, but the SDK signs every request with one.
   */
  static final Region LOCAL_SIGNING_REGION = Region.US_EAST_1;

  private SdkClientFactory() {}

  /**
   * The DynamoDB client, its twin without retries for probes (a ping that runs out of time while
   * retrying a refused connection could not say why), and what both hold open (the one HTTP client,
   * STS client, credentials provider).
   */
  record Built(DynamoDbClient dynamoDb, DynamoDbClient probe, List<SdkAutoCloseable> resources) {}

  /**
   * @param outcomes told of every call of the DynamoDB client (not of the probe, whose pings are
   *     judged by their caller at once)
   */
  static Built build(ClientSettings settings, MetricPublisher outcomes) throws SQLException {
    List<SdkAutoCloseable> resources = new ArrayList<>();
    Region region = region(settings);
    AwsCredentialsProvider credentials = baseCredentials(settings);
    if (settings.roleArn().isPresent()) {
      StsClient sts =
          StsClient.builder()
              .region(region)
              .credentialsProvider(credentials)
              .httpClientBuilder(http(settings))
              .overrideConfiguration(o -> o.apiCallTimeout(settings.requestTimeout()))
              .build();
      StsAssumeRoleCredentialsProvider assumed =
          StsAssumeRoleCredentialsProvider.builder()
              .stsClient(sts)
              .refreshRequest(
                  r -> {
                    r.roleArn(settings.roleArn().get()).roleSessionName(settings.roleSessionName());
                    settings.externalId().ifPresent(r::externalId);
                  })
              .build();
      resources.add(assumed);
      resources.add(sts);
      credentials = assumed;
    }
    SdkHttpClient http = http(settings).build();
    resources.add(http);
    try {
      return new Built(
          dynamoDb(settings, region, credentials, http, settings.maxRetries(), List.of(outcomes)),
          dynamoDb(settings, region, credentials, http, 0, List.of()),
          List.copyOf(resources));
    } catch (SdkClientException | IllegalArgumentException e) {
      resources.forEach(SdkAutoCloseable::close);
      throw SqlState.CONNECTION_REJECTED.exception(
          "The DynamoDB client cannot be built for " + settings.location() + ": " + e.getMessage(),
          e);
    }
  }

  private static DynamoDbClient dynamoDb(
      ClientSettings settings,
      Region region,
      AwsCredentialsProvider credentials,
      SdkHttpClient http,
      int retries,
      List<MetricPublisher> publishers) {
    DynamoDbClientBuilder builder =
        DynamoDbClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .overrideConfiguration(
                o ->
                    o.retryStrategy(
                            AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(retries + 1)
                                .retryOnException(FailureTranslation::truncatedAnswer)
                                .build())
                        .apiCallTimeout(settings.requestTimeout())
                        .metricPublishers(publishers));
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static UrlConnectionHttpClient.Builder http(ClientSettings settings) {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(settings.connectTimeout())
        .socketTimeout(settings.requestTimeout());
  }

  private static Region region(ClientSettings settings) throws SQLException {
    if (settings.region().isPresent()) {
      return Region.of(settings.region().get());
    }
    Optional<Region> fromChain = Optional.empty();
    try {
      fromChain =
          Optional.of(
              settings.profile().isPresent()
                  ? new AwsProfileRegionProvider(null, settings.profile().get()).getRegion()
                  : DefaultAwsRegionProviderChain.builder().build().getRegion());
    } catch (SdkClientException none) {
      // Handled below: an endpoint override does without, AWS does not.
    }
    if (fromChain.isPresent()) {
      return fromChain.get();
    }
    if (settings.endpoint().isPresent()) {
      return LOCAL_SIGNING_REGION;
    }
    throw SqlState.CONNECTION_REJECTED.exception(
        "No AWS region: set the connection property 'region' (e.g. region=eu-west-1), AWS_REGION,"
            + " or a region in the AWS profile");
  }

  private static AwsCredentialsProvider baseCredentials(ClientSettings settings) {
    return switch (settings.credentials()) {
      case STATIC -> {
        String key = settings.accessKeyId().orElseThrow();
        String secret = settings.secretAccessKey().orElseThrow();
        yield StaticCredentialsProvider.create(
            settings.sessionToken().isPresent()
                ? AwsSessionCredentials.create(key, secret, settings.sessionToken().get())
                : AwsBasicCredentials.create(key, secret));
      }
      case PROFILE -> ProfileCredentialsProvider.create(settings.profile().orElseThrow());
      case DEFAULT, AUTO -> DefaultCredentialsProvider.builder().build();
    };
  }
}
