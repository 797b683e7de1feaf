package io.dynamosql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dynamosql.fixture.DynamoDbLocal;
import io.dynamosql.jdbc.config.ConnectionProperty;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The DataSource as application servers use it: created by class name, configured through JavaBean
 * setters with String values, one per connection property (a meta-test over the enum), connected
 * with the container's user and password as the access keys, and falling back to {@code
 * dynamosql.*} system properties for what it does not set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class DynamoSqlDataSourceTest {

  private final DemoDynamoDb dynamo;

  DynamoSqlDataSourceTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  private static Map<String, PropertyDescriptor> beanProperties() throws IntrospectionException {
    BeanInfo info = Introspector.getBeanInfo(DynamoSqlDataSource.class);
    return Arrays.stream(info.getPropertyDescriptors())
        .collect(Collectors.toMap(PropertyDescriptor::getName, Function.identity()));
  }

  @TestFactory
  Stream<DynamicTest> everyPropertyRoundTripsThroughItsJavaBeanAccessors()
      throws IntrospectionException {
    Map<String, PropertyDescriptor> bean = beanProperties();
    return Arrays.stream(ConnectionProperty.values())
        .map(
            property ->
                dynamicTest(
                    property.key(),
                    () -> {
                      PropertyDescriptor descriptor = bean.get(property.key());
                      assertNotNull(descriptor, "no JavaBean property " + property.key());
                      assertEquals(String.class, descriptor.getPropertyType());
                      DynamoSqlDataSource dataSource = new DynamoSqlDataSource();
                      assertNull(descriptor.getReadMethod().invoke(dataSource), "unset at first");
                      descriptor.getWriteMethod().invoke(dataSource, "value of " + property.key());
                      assertEquals(
                          "value of " + property.key(),
                          descriptor.getReadMethod().invoke(dataSource));
                      descriptor.getWriteMethod().invoke(dataSource, "");
                      assertNull(descriptor.getReadMethod().invoke(dataSource), "blank unsets");
                    }));
  }

  @Test
  void aContainerCreatesItByNameAndConnectsWithUserAndPassword() throws Exception {
    Object created =
        Class.forName("io.dynamosql.jdbc.DynamoSqlDataSource").getConstructor().newInstance();
    Map<String, PropertyDescriptor> bean = beanProperties();
    bean.get("endpoint").getWriteMethod().invoke(created, dynamo.proxy().endpoint().toString());
    bean.get("region").getWriteMethod().invoke(created, DynamoDbLocal.REGION);
    bean.get("sampleSize").getWriteMethod().invoke(created, "50");
    DataSource dataSource = (DataSource) created;
    try (Connection connection =
            dataSource.getConnection(DynamoDbLocal.ACCESS_KEY, DynamoDbLocal.SECRET_KEY);
        ResultSet tables = connection.getMetaData().getTables(null, null, "orders", null)) {
      assertTrue(connection.isValid(5));
      assertTrue(tables.next(), "the DataSource reaches the demo tables");
      assertEquals("orders", tables.getString("TABLE_NAME"));
    }
  }

  @Test
  void invalidValuesAreReportedWhenConnecting() {
    DynamoSqlDataSource dataSource = new DynamoSqlDataSource();
    dataSource.setEndpoint(dynamo.proxy().endpoint().toString());
    dataSource.setScanSegments("many");
    SQLException invalid =
        assertThrows(SQLException.class, () -> dataSource.getConnection("a", "b"));
    assertEquals("08004", invalid.getSQLState());
    assertEquals("Connection property 'scanSegments' value is invalid: many", invalid.getMessage());
    dataSource.setScanSegments(null);
    dataSource.setUrl("jdbc:postgresql://elsewhere");
    assertEquals(
        "08001",
        assertThrows(SQLException.class, () -> dataSource.getConnection("a", "b")).getSQLState());
  }

  @Test
  void unsetPropertiesFallBackToSystemProperties() throws SQLException {
    String key = ConnectionProperty.DEFAULT_SCHEMA.systemProperty();
    System.setProperty(key, "from_the_process");
    try {
      DynamoSqlDataSource dataSource = new DynamoSqlDataSource();
      dataSource.setEndpoint(dynamo.proxy().endpoint().toString());
      dataSource.setUser(DynamoDbLocal.ACCESS_KEY);
      dataSource.setPassword(DynamoDbLocal.SECRET_KEY);
      try (Connection connection = dataSource.getConnection()) {
        assertEquals("from_the_process", connection.getSchema());
      }
    } finally {
      System.clearProperty(key);
    }
  }
}
