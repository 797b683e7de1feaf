package io.dynamosql.it.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.it.support.RealEar;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed EAR: the container's DataSource {@code java:app/jdbc/dynamosql} is injected
 * and reaches DynamoDB Local through the driver in {@code lib/}.
 */
@ExtendWith(ArquillianExtension.class)
class DataSourceIT {

  /** The demo dataset's tables (fixture's DemoDataset.TABLES; that class is not in the server). */
  private static final List<String> DEMO_TABLES =
      List.of("app_data", "customers", "orders", "products");

  @Resource(lookup = "java:app/jdbc/dynamosql")
  DataSource dataSource;

  /** The EAR holds several web modules: Testable marks the one Arquillian runs the tests in. */
  @Deployment
  static EnterpriseArchive ear() {
    return RealEar.withModule(
        Testable.archiveToTest(
            ShrinkWrap.create(WebArchive.class, "datasource-it.war").addClass(DataSourceIT.class)));
  }

  @Test
  void theContainerInjectsAValidReadOnlyConnection() throws SQLException {
    assertNotNull(dataSource, "java:app/jdbc/dynamosql");
    try (Connection connection = dataSource.getConnection()) {
      assertTrue(connection.isValid(10));
      assertTrue(connection.getMetaData().isReadOnly());
      assertEquals("Amazon DynamoDB", connection.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void metadataListsExactlyTheServedDemoTables() throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
    }

    // The authorization server's own tables share the account but are not served as SQL
    // (DYNAMOSQL_TABLES allow-lists the data tables).
    assertEquals(new TreeSet<>(DEMO_TABLES), tables);
  }
}
