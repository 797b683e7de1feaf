package io.dynamosql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.config.ConnectionProperty;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driver as DriverManager and tools such as DBeaver see it, before any DynamoDB is reached. */
class DynamoSqlDriverTest {

  private final Driver driver = new DynamoSqlDriver();

  @Test
  void isRegisteredThroughTheServiceFile() throws SQLException {
    Driver found = DriverManager.getDriver("jdbc:dynamosql:region=eu-west-1");
    assertTrue(found instanceof DynamoSqlDriver, found.getClass().getName());
  }

  @Test
  void acceptsOnlyItsOwnUrls() throws SQLException {
    assertTrue(driver.acceptsURL("jdbc:dynamosql:"));
    assertTrue(driver.acceptsURL("JDBC:DynamoSQL:region=eu-west-1"));
    assertTrue(driver.acceptsURL("jdbc:dynamosql:this is malformed"), "malformed, but ours");
    assertFalse(driver.acceptsURL("jdbc:postgresql://localhost/db"));
    assertFalse(driver.acceptsURL(null));
  }

  @Test
  void connectLeavesOtherUrlsToOtherDrivers() throws SQLException {
    assertNull(driver.connect("jdbc:h2:mem:x", new Properties()));
  }

  @Test
  void versionComesFromTheBuild() {
    String built = System.getProperty("dynamosql.expectedVersion");
    assertEquals(built, DriverVersion.text());
    assertEquals(Integer.parseInt(built.split("[.-]")[0]), driver.getMajorVersion());
    assertEquals(Integer.parseInt(built.split("[.-]")[1]), driver.getMinorVersion());
    assertFalse(driver.jdbcCompliant());
  }

  @Test
  void propertyInfoListsEveryPropertyWithDescriptionDefaultAndChoices() throws SQLException {
    DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:dynamosql:", null);
    assertEquals(ConnectionProperty.values().length, info.length);
    for (int i = 0; i < info.length; i++) {
      ConnectionProperty property = ConnectionProperty.values()[i];
      DriverPropertyInfo one = info[i];
      assertEquals(property.key(), one.name);
      assertTrue(one.description.startsWith(property.description()), one.description);
      assertEquals(property.defaultValue().orElse(null), one.value, property.key());
      assertFalse(one.required);
      if (property.choices().isEmpty()) {
        assertNull(one.choices, property.key());
      } else {
        assertArrayEquals(property.choices().toArray(), one.choices, property.key());
      }
    }
    DriverPropertyInfo credentials = byName(info, "credentials");
    assertArrayEquals(new String[] {"auto", "default", "profile", "static"}, credentials.choices);
  }

  @Test
  void propertyInfoShowsTheValuesSetButNeverASecret() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("password", "TopSecret42");
    DriverPropertyInfo[] info =
        driver.getPropertyInfo("jdbc:dynamosql:region=eu-west-1;user=AKID", properties);
    assertEquals("eu-west-1", byName(info, "region").value);
    assertEquals("AKID", byName(info, "user").value);
    assertNull(byName(info, "password").value);
    assertTrue(Arrays.stream(info).noneMatch(p -> String.valueOf(p.value).contains("TopSecret")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          jdbc:dynamosql:eu-west-1 | 08001 | Invalid JDBC URL: 'eu-west-1' is not a key=value pair (expected jdbc:dynamosql:region=<region>[;property=value...])
          jdbc:dynamosql:regoin=eu-west-1 | 08004 | Unknown connection property 'regoin'
          jdbc:dynamosql:region=moon-1 | 08004 | Connection property 'region' value is invalid: moon-1
          jdbc:dynamosql:user=AKID | 08004 | Connection properties 'user' (access key id) and 'password' (secret access key) must be set together
          """)
  void badUrlsAreRefusedWithTheirState(String url, String sqlState, String message) {
    SQLException connect = assertThrows(SQLException.class, () -> driver.connect(url, null));
    assertEquals(sqlState, connect.getSQLState());
    assertEquals(message, connect.getMessage());
    SQLException viaManager =
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url));
    assertEquals(sqlState, viaManager.getSQLState());
  }

  @Test
  void nullsAreErrorsNotNullPointers() {
    assertEquals(
        "08001", assertThrows(SQLException.class, () -> driver.connect(null, null)).getSQLState());
    assertEquals(
        "08001",
        assertThrows(SQLException.class, () -> driver.getPropertyInfo(null, null)).getSQLState());
    Properties unknown = new Properties();
    unknown.setProperty("ssl", "true");
    assertEquals(
        "08004",
        assertThrows(SQLException.class, () -> driver.getPropertyInfo("jdbc:dynamosql:", unknown))
            .getSQLState());
  }

  private static DriverPropertyInfo byName(DriverPropertyInfo[] info, String name) {
    return Arrays.stream(info).filter(p -> p.name.equals(name)).findFirst().orElseThrow();
  }
}
