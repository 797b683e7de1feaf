package io.dynamosql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import io.dynamosql.jdbc.support.LoopbackSts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the keys come from, seen in the request signatures the recording proxy received: static
 * keys from user/password, a named profile of an AWS credentials file, and a clear 28000 when a
 * profile has no keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class CredentialsTest {

  private final DemoDynamoDb dynamo;

  CredentialsTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  private String endpointUrl() {
    return "jdbc:dynamosql:endpoint=" + dynamo.proxy().endpoint() + ";region=us-east-1";
  }

  @Test
  void staticKeysSignTheRequests() throws SQLException {
    try (Connection connection =
        DriverManager.getConnection(endpointUrl(), "AKIASTATICEXAMPLE", "secret")) {
      assertTrue(connection.isValid(5));
    }
    assertTrue(
        dynamo.proxy().accessKeys().contains("AKIASTATICEXAMPLE"),
        dynamo.proxy().accessKeys().toString());
  }

  @Test
  void aNamedProfileSuppliesTheKeys(@TempDir Path dir) throws Exception {
    Path credentials = dir.resolve("credentials");
    Files.writeString(
        credentials,
        "[analytics]\naws_access_key_id = AKIAPROFILEEXAMPLE\naws_secret_access_key = s3cret\n");
    Path config = dir.resolve("config");
    Files.writeString(config, "[profile analytics]\nregion = us-east-1\n");
    System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    System.setProperty("aws.configFile", config.toString());
    try {
      try (Connection connection =
          DriverManager.getConnection(
              "jdbc:dynamosql:endpoint=" + dynamo.proxy().endpoint() + ";profile=analytics")) {
        assertTrue(connection.isValid(5));
      }
      assertTrue(
          dynamo.proxy().accessKeys().contains("AKIAPROFILEEXAMPLE"),
          dynamo.proxy().accessKeys().toString());

      SQLException missing =
          assertThrows(
              SQLException.class,
              () -> DriverManager.getConnection(endpointUrl() + ";profile=nobody"));
      assertEquals("28000", missing.getSQLState(), missing.getMessage());
      assertFalse(missing.getMessage().contains("s3cret"));
    } finally {
      System.clearProperty("aws.sharedCredentialsFile");
      System.clearProperty("aws.configFile");
    }
  }

  @Test
  void aRoleIsAssumedWithItsExternalIdAndItsKeysSignTheReads() throws SQLException {
    try (LoopbackSts sts = LoopbackSts.start()) {
      // The SDK's own setting for a service endpoint: the driver's STS client goes to the loopback.
      System.setProperty("aws.endpointUrlSts", sts.endpoint().toString());
      try (Connection connection =
          DriverManager.getConnection(
              endpointUrl()
                  + ";roleArn=arn:aws:iam::123456789012:role/Reader;externalId=ext-42"
                  + ";roleSessionName=bi-tool",
              "AKIABASEEXAMPLE",
              "base-secret")) {
        assertTrue(connection.isValid(5));
      } finally {
        System.clearProperty("aws.endpointUrlSts");
      }
      LoopbackSts.Request assume = sts.requests().get(0);
      assertEquals("AssumeRole", assume.parameters().get("Action"));
      assertEquals("arn:aws:iam::123456789012:role/Reader", assume.parameters().get("RoleArn"));
      assertEquals("ext-42", assume.parameters().get("ExternalId"));
      assertEquals("bi-tool", assume.parameters().get("RoleSessionName"));
      assertEquals("AKIABASEEXAMPLE", assume.signedBy(), "the base keys ask for the role");
      assertTrue(
          dynamo.proxy().accessKeys().contains(LoopbackSts.ASSUMED_ACCESS_KEY),
          "DynamoDB is read with the role's keys: " + dynamo.proxy().accessKeys());
      assertFalse(
          dynamo.proxy().accessKeys().contains("AKIABASEEXAMPLE"),
          "the base keys never reach DynamoDB");
    }
  }
}
