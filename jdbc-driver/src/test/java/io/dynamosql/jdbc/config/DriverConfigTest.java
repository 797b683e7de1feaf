package io.dynamosql.jdbc.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriverConfigTest {

  @Test
  void bareUrlTakesEveryDefault() throws SQLException {
    DriverConfig config = DriverConfig.of("jdbc:dynamosql:");
    assertEquals(Optional.empty(), config.endpoint());
    assertEquals(Optional.empty(), config.region());
    assertEquals(CredentialsMode.AUTO, config.credentials());
    assertEquals(CredentialsMode.DEFAULT, config.effectiveCredentials());
    assertEquals("dynamodb", config.defaultSchema());
    assertEquals(List.of(), config.tables());
    assertEquals(1000, config.sampleSize());
    assertEquals(Duration.ofMinutes(5), config.metadataTtl());
    assertFalse(config.consistentRead());
    assertEquals(4, config.scanSegments());
    assertEquals(Duration.ofSeconds(10), config.connectTimeout());
    assertEquals(Duration.ofSeconds(60), config.requestTimeout());
    assertEquals(5, config.maxRetries());
    assertEquals(OptionalLong.empty(), config.readBudget());
    assertEquals(FullScanPolicy.WARN, config.fullScanPolicy());
    assertEquals(1_000_000, config.memoryLimit());
    assertEquals(0, config.maxRows());
    assertEquals("dynamosql-jdbc", config.roleSessionName());
  }

  @Test
  void everyPropertyParsesToItsTypedValue() throws SQLException {
    DriverConfig config =
        DriverConfig.of(
            "jdbc:dynamosql:endpoint=http://127.0.0.1:8000;region=eu-west-1;credentials=static;"
                + "user=AKIDEXAMPLE;password=se/cr+et=;sessionToken=tok;profile=dev;"
                + "roleArn=arn:aws:iam::123456789012:role/Reader;externalId=ext-42;"
                + "roleSessionName=bi;defaultSchema=shop;tables=orders, customers;sampleSize=50;"
                + "metadataTtl=90;consistentRead=TRUE;scanSegments=8;connectTimeout=500ms;"
                + "requestTimeout=2m;maxRetries=0;mappingFile=/etc/dynamosql/mapping.json;"
                + "readBudget=10000;fullScanPolicy=REFUSE;memoryLimit=5000;maxRows=250;");
    assertEquals(Optional.of(URI.create("http://127.0.0.1:8000")), config.endpoint());
    assertEquals(Optional.of("eu-west-1"), config.region());
    assertEquals(CredentialsMode.STATIC, config.credentials());
    assertEquals(Optional.of("AKIDEXAMPLE"), config.user());
    assertEquals(Optional.of("se/cr+et="), config.password());
    assertEquals(Optional.of("tok"), config.sessionToken());
    assertEquals(Optional.of("dev"), config.profile());
    assertEquals(Optional.of("arn:aws:iam::123456789012:role/Reader"), config.roleArn());
    assertEquals(Optional.of("ext-42"), config.externalId());
    assertEquals("bi", config.roleSessionName());
    assertEquals("shop", config.defaultSchema());
    assertEquals(List.of("orders", "customers"), config.tables());
    assertEquals(50, config.sampleSize());
    assertEquals(Duration.ofSeconds(90), config.metadataTtl());
    assertTrue(config.consistentRead());
    assertEquals(8, config.scanSegments());
    assertEquals(Duration.ofMillis(500), config.connectTimeout());
    assertEquals(Duration.ofMinutes(2), config.requestTimeout());
    assertEquals(0, config.maxRetries());
    assertEquals(Optional.of(Path.of("/etc/dynamosql/mapping.json")), config.mappingFile());
    assertEquals(OptionalLong.of(10_000), config.readBudget());
    assertEquals(FullScanPolicy.REFUSE, config.fullScanPolicy());
    assertEquals(5000, config.memoryLimit());
    assertEquals(250, config.maxRows());
  }

  @Test
  void keysMatchIgnoringCaseAndPropertiesAddToTheUrl() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "AKID");
    info.setProperty("password", "secret");
    info.setProperty("REGION", "us-east-1");
    DriverConfig config = DriverConfig.of("jdbc:dynamosql:Region=us-east-1;SCANSEGMENTS=2", info);
    assertEquals(Optional.of("us-east-1"), config.region());
    assertEquals(2, config.scanSegments());
    assertEquals(CredentialsMode.STATIC, config.effectiveCredentials());
  }

  @Test
  void blankValuesMeanNotSet() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "");
    info.setProperty("password", "");
    DriverConfig config = DriverConfig.of("jdbc:dynamosql:region=;profile=dev", info);
    assertEquals(Optional.empty(), config.region());
    assertEquals(CredentialsMode.PROFILE, config.effectiveCredentials());
  }

  @Test
  void unsetPropertiesComeFromSystemPropertiesButExplicitValuesWin() throws SQLException {
    System.setProperty("dynamosql.region", "eu-central-1");
    System.setProperty("dynamosql.defaultSchema", "shop");
    try {
      DriverConfig fromProcess = DriverConfig.of("jdbc:dynamosql:");
      assertEquals(Optional.of("eu-central-1"), fromProcess.region());
      assertEquals("shop", fromProcess.defaultSchema());

      DriverConfig explicit = DriverConfig.of("jdbc:dynamosql:region=us-west-2");
      assertEquals(Optional.of("us-west-2"), explicit.region());
    } finally {
      System.clearProperty("dynamosql.region");
      System.clearProperty("dynamosql.defaultSchema");
    }
  }

  @Test
  void processSettingsAreNamedAfterTheKeyAndTheConstant() {
    assertEquals("dynamosql.defaultSchema", ConnectionProperty.DEFAULT_SCHEMA.systemProperty());
    assertEquals(
        "DYNAMOSQL_DEFAULT_SCHEMA", ConnectionProperty.DEFAULT_SCHEMA.environmentVariable());
  }

  @Test
  void toStringMasksTheSecretKey() throws SQLException {
    DriverConfig config = DriverConfig.of("jdbc:dynamosql:user=AKID;password=TopSecret42");
    assertFalse(config.toString().contains("TopSecret42"), config.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          jdbc:dynamosql:region=xx-1 | 08004 | Connection property 'region' value is invalid: xx-1
          jdbc:dynamosql:regoin=eu-west-1 | 08004 | Unknown connection property 'regoin'
          jdbc:dynamosql:region=eu-west-1;region=eu-west-2 | 08004 | Connection property 'region' is set more than once in the URL
          jdbc:dynamosql:eu-west-1 | 08001 | Invalid JDBC URL: 'eu-west-1' is not a key=value pair (expected jdbc:dynamosql:region=<region>[;property=value...])
          jdbc:dynamosql:=x | 08001 | Invalid JDBC URL: '=x' is not a key=value pair (expected jdbc:dynamosql:region=<region>[;property=value...])
          jdbc:postgresql://h/db | 08001 | Invalid JDBC URL: it must start with jdbc:dynamosql: (jdbc:dynamosql:region=<region>[;property=value...])
          jdbc:dynamosql:endpoint=localhost:8000 | 08004 | Connection property 'endpoint' value is invalid: localhost:8000
          jdbc:dynamosql:endpoint=http://exa mple | 08004 | Connection property 'endpoint' value is invalid: http://exa mple
          jdbc:dynamosql:credentials=sso | 08004 | Connection property 'credentials' value is invalid: sso
          jdbc:dynamosql:consistentRead=yes | 08004 | Connection property 'consistentRead' value is invalid: yes
          jdbc:dynamosql:scanSegments=0 | 08004 | Connection property 'scanSegments' value is invalid: 0
          jdbc:dynamosql:scanSegments=65 | 08004 | Connection property 'scanSegments' value is invalid: 65
          jdbc:dynamosql:sampleSize=many | 08004 | Connection property 'sampleSize' value is invalid: many
          jdbc:dynamosql:maxRetries=-1 | 08004 | Connection property 'maxRetries' value is invalid: -1
          jdbc:dynamosql:readBudget=99999999999999999999 | 08004 | Connection property 'readBudget' value is invalid: 99999999999999999999
          jdbc:dynamosql:memoryLimit=0 | 08004 | Connection property 'memoryLimit' value is invalid: 0
          jdbc:dynamosql:connectTimeout=0 | 08004 | Connection property 'connectTimeout' value is invalid: 0
          jdbc:dynamosql:requestTimeout=5 minutes | 08004 | Connection property 'requestTimeout' value is invalid: 5 minutes
          jdbc:dynamosql:metadataTtl=-5s | 08004 | Connection property 'metadataTtl' value is invalid: -5s
          jdbc:dynamosql:fullScanPolicy=never | 08004 | Connection property 'fullScanPolicy' value is invalid: never
          jdbc:dynamosql:tables=orders,,customers | 08004 | Connection property 'tables' value is invalid: orders,,customers
          jdbc:dynamosql:roleArn=arn:aws:iam::12:role/x | 08004 | Connection property 'roleArn' value is invalid: arn:aws:iam::12:role/x
          jdbc:dynamosql:roleArn=arn:aws:iam::123456789012:role/R;externalId=a | 08004 | Connection property 'externalId' value is invalid: a
          jdbc:dynamosql:externalId=abc | 08004 | Connection property 'externalId' needs 'roleArn'
          jdbc:dynamosql:user=AKID | 08004 | Connection properties 'user' (access key id) and 'password' (secret access key) must be set together
          jdbc:dynamosql:password=secret | 08004 | Connection properties 'user' (access key id) and 'password' (secret access key) must be set together
          jdbc:dynamosql:credentials=static | 08004 | Connection property 'credentials' is static but 'user' and 'password' are not set
          jdbc:dynamosql:credentials=profile | 08004 | Connection property 'credentials' is profile but 'profile' is not set
          jdbc:dynamosql:sessionToken=t | 08004 | Connection property 'sessionToken' needs 'user' and 'password'
          """)
  void invalidUrls(String url, String sqlState, String message) {
    assertInvalid(url, new Properties(), message, sqlState);
  }

  @Test
  void propertiesThatContradictTheUrlAreRejected() {
    Properties info = new Properties();
    info.setProperty("region", "eu-west-2");
    assertInvalid(
        "jdbc:dynamosql:region=eu-west-1",
        info,
        "Connection property 'region' is set both in the URL and in the properties, with different"
            + " values",
        "08004");
  }

  @Test
  void unknownPropertiesInThePropertiesAreRejected() {
    Properties info = new Properties();
    info.setProperty("ssl", "true");
    assertInvalid("jdbc:dynamosql:", info, "Unknown connection property 'ssl'", "08004");
  }

  @Test
  void nullUrlIsAnErrorNotANullPointer() {
    assertInvalid(
        null,
        new Properties(),
        "Invalid JDBC URL: it must start with jdbc:dynamosql: (jdbc:dynamosql:region=<region>"
            + "[;property=value...])",
        "08001");
  }

  private static void assertInvalid(String url, Properties info, String message, String sqlState) {
    SQLException e = assertThrows(SQLException.class, () -> DriverConfig.of(url, info));
    assertEquals(message, e.getMessage());
    assertEquals(sqlState, e.getSQLState());
    assertTrue(e instanceof SQLNonTransientConnectionException, e.getClass().getName());
  }
}
