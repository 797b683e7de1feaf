package io.dynamosql.jdbc.config;

import io.dynamosql.jdbc.error.SqlState;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every connection property of {@code jdbc:dynamosql:} URLs, {@link java.util.Properties} and
 * {@code DynamoSqlDataSource}: its key, what it does, its default, its choices and how its value is
 * parsed. Keys match case-insensitively. An empty value means "not set" (tools such as DBeaver send
 * an empty {@code user} when the field is blank).
 */
public enum ConnectionProperty {
  ENDPOINT(
      "endpoint",
      "DynamoDB endpoint URL to use instead of the region's (e.g. http://127.0.0.1:8000 for"
          + " DynamoDB Local)",
      null,
      PropertyValues::endpoint),
  REGION(
      "region",
      "AWS region code (e.g. eu-west-1); when not set, the AWS SDK's region chain decides"
          + " (AWS_REGION, profile)",
      null,
      PropertyValues::region),
  CREDENTIALS(
      "credentials",
      "Where AWS credentials come from: auto (static keys if user is set, else profile if set,"
          + " else the default chain), default (the AWS SDK's default chain), profile, or static"
          + " (user = access key id, password = secret access key)",
      CredentialsMode.AUTO.key(),
      List.of(CredentialsMode.values()).stream().map(CredentialsMode::key).toList(),
      false,
      value -> PropertyValues.choice(CredentialsMode.class, value)),
  USER("user", "AWS access key id for static credentials", null, PropertyValues::text),
  PASSWORD(
      "password",
      "AWS secret access key for static credentials",
      null,
      List.of(),
      true,
      PropertyValues::text),
  SESSION_TOKEN(
      "sessionToken",
      "AWS session token, with temporary static credentials",
      null,
      List.of(),
      true,
      PropertyValues::text),
  PROFILE(
      "profile",
      "Named profile of the AWS config/credentials files (credentials=profile, or auto)",
      null,
      PropertyValues::text),
  ROLE_ARN(
      "roleArn",
      "IAM role to assume through STS with the credentials above (arn:aws:iam::<account>:role/<name>)",
      null,
      PropertyValues::roleArn),
  EXTERNAL_ID(
      "externalId",
      "External ID to present when assuming roleArn",
      null,
      PropertyValues::externalId),
  ROLE_SESSION_NAME(
      "roleSessionName",
      "Session name used when assuming roleArn",
      "dynamosql-jdbc",
      PropertyValues::sessionName),
  DEFAULT_SCHEMA(
      "defaultSchema",
      "Schema that unqualified table names resolve in; by default it holds every table of the"
          + " region",
      "dynamodb",
      PropertyValues::text),
  TABLES(
      "tables",
      "Comma-separated allow-list of DynamoDB table names (exact, case-sensitive) the default"
          + " schema exposes; empty for every table ListTables returns",
      null,
      PropertyValues::names),
  SAMPLE_SIZE(
      "sampleSize",
      "Items sampled per table, spread over parallel scan segments, to infer columns",
      "1000",
      value -> PropertyValues.integer(value, 1, 1_000_000)),
  METADATA_TTL(
      "metadataTtl",
      "How long table descriptions are cached before they are read again (e.g. 300s, 5m, 1h;"
          + " seconds without a unit)",
      "5m",
      value -> PropertyValues.duration(value, Duration.ZERO)),
  CONSISTENT_READ(
      "consistentRead",
      "Use strongly consistent reads for GetItem, BatchGetItem, Query and Scan (not possible on"
          + " GSIs)",
      "false",
      List.of("true", "false"),
      false,
      PropertyValues::bool),
  SCAN_SEGMENTS(
      "scanSegments",
      "Parallel segments (threads) of a full table Scan, 1 to 64",
      "4",
      value -> PropertyValues.integer(value, 1, 64)),
  CONNECT_TIMEOUT(
      "connectTimeout",
      "Timeout to open an HTTP connection to DynamoDB, and the time a new connection has to prove"
          + " that DynamoDB answers (e.g. 500ms, 10s)",
      "10s",
      value -> PropertyValues.duration(value, Duration.ofMillis(1))),
  REQUEST_TIMEOUT(
      "requestTimeout",
      "Timeout of one DynamoDB API call, retries included (e.g. 30s)",
      "60s",
      value -> PropertyValues.duration(value, Duration.ofMillis(1))),
  MAX_RETRIES(
      "maxRetries",
      "Retries of a throttled or failed (5xx, I/O) DynamoDB call, with exponential backoff",
      "5",
      value -> PropertyValues.integer(value, 0, 20)),
  MAPPING_FILE(
      "mappingFile",
      "Schema mapping file (extra schemas, renames, column types, single-table entity views)",
      null,
      PropertyValues::path),
  READ_BUDGET(
      "readBudget",
      "Most items one statement may make DynamoDB read (ScannedCount); 0 for no limit",
      "0",
      value -> PropertyValues.longInteger(value, 0, Long.MAX_VALUE)),
  FULL_SCAN_POLICY(
      "fullScanPolicy",
      "What a statement that needs a full table Scan does: allow, warn (a SQLWarning), or refuse",
      FullScanPolicy.WARN.key(),
      List.of(FullScanPolicy.values()).stream().map(FullScanPolicy::key).toList(),
      false,
      value -> PropertyValues.choice(FullScanPolicy.class, value)),
  MEMORY_LIMIT(
      "memoryLimit",
      "Most rows a sort, hash join, aggregate or DISTINCT of one statement may hold in memory",
      "1000000",
      value -> PropertyValues.longInteger(value, 1, Long.MAX_VALUE)),
  MAX_ROWS(
      "maxRows",
      "Default Statement.setMaxRows for new statements; 0 for no limit",
      "0",
      value -> PropertyValues.longInteger(value, 0, Long.MAX_VALUE));

  private final String key;
  private final String description;
  private final String defaultValue;
  private final List<String> choices;
  private final boolean secret;
  private final Function<String, Object> parser;

  ConnectionProperty(
      String key, String description, String defaultValue, Function<String, Object> parser) {
    this(key, description, defaultValue, List.of(), false, parser);
  }

  ConnectionProperty(
      String key,
      String description,
      String defaultValue,
      List<String> choices,
      boolean secret,
      Function<String, Object> parser) {
    this.key = key;
    this.description = description;
    this.defaultValue = defaultValue;
    this.choices = choices;
    this.secret = secret;
    this.parser = parser;
  }

  /** The property's name in URLs and {@link java.util.Properties}. */
  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  /** The value used when the property is not set; empty when unset means "none". */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** The allowed values, empty when any value of the right syntax is allowed. */
  public List<String> choices() {
    return choices;
  }

  /** Whether the value is a secret that must never appear in messages, logs or metadata. */
  public boolean secret() {
    return secret;
  }

  /**
   * The system property that supplies the value when neither the URL nor the properties set it:
   * {@code dynamosql.<key>}, e.g. {@code dynamosql.endpoint}.
   */
  public String systemProperty() {
    return "dynamosql." + key;
  }

  /**
   * The environment variable consulted after {@link #systemProperty()}: {@code DYNAMOSQL_} and the
   * constant's name, e.g. {@code DYNAMOSQL_DEFAULT_SCHEMA}. Containers rely on it: one deployment
   * descriptor without connection settings, configured per server by its environment.
   */
  public String environmentVariable() {
    return "DYNAMOSQL_" + name();
  }

  /** The value the process gives this property (system property, then environment), if any. */
  public Optional<String> processValue() {
    String value = System.getProperty(systemProperty());
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable());
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The property with this key, ignoring case. */
  public static Optional<ConnectionProperty> forKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equalsIgnoreCase(key.strip())).findFirst();
  }

  /**
   * The typed value of {@code text}.
   *
   * @throws SQLException 08004 "Connection property 'region' value is invalid: xx-1" (secret values
   *     are not quoted)
   */
  public Object parse(String text) throws SQLException {
    try {
      return parser.apply(text.strip());
    } catch (IllegalArgumentException e) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property '" + key + "' value is invalid" + (secret ? "" : ": " + text));
    }
  }

  /** The property as {@code Driver.getPropertyInfo} reports it, with the value currently set. */
  public DriverPropertyInfo info(Optional<String> currentValue) {
    DriverPropertyInfo info =
        new DriverPropertyInfo(key, secret ? null : currentValue.orElse(defaultValue));
    info.description = description + defaultValue().map(d -> " (default: " + d + ")").orElse("");
    info.required = false;
    info.choices = choices.isEmpty() ? null : choices.toArray(String[]::new);
    return info;
  }
}
