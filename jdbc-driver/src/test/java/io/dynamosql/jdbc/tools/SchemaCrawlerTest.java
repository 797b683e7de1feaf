package io.dynamosql.jdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.fixture.DemoDataset;
import io.dynamosql.jdbc.support.DemoDynamoDb;
import io.dynamosql.jdbc.support.DemoDynamoDbExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import schemacrawler.tools.commandline.SchemaCrawlerCommandLine;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;

/**
 * SchemaCrawler, a schema documentation tool nobody here wrote, run headless against the driver on
 * DynamoDB Local: its schema text must name every demo table, every attribute, every key and every
 * index, as the fixture's CreateTable requests and items define them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DemoDynamoDbExtension.class)
class SchemaCrawlerTest {

  private final DemoDynamoDb dynamo;

  SchemaCrawlerTest(DemoDynamoDb dynamo) {
    this.dynamo = dynamo;
  }

  @Test
  void schemaTextNamesEveryTableColumnKeyAndIndex(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("schema.txt");
    int exit =
        SchemaCrawlerCommandLine.execute(
            new String[] {
              "--url=" + dynamo.jdbcUrl(),
              "--user=",
              "--password=",
              "--info-level=standard",
              "--command=schema",
              "--output-format=text",
              "--output-file=" + output,
              "--no-info"
            });
    assertEquals(0, exit, "SchemaCrawler's exit code");
    String text = Files.readString(output);
    for (CreateTableRequest table : DemoDataset.tableDefinitions()) {
      assertTrue(text.contains(table.tableName()), table.tableName() + " in:\n" + text);
      for (String column : attributes(table)) {
        // SchemaCrawler quotes the names that need it (reserved words, dashes, dots).
        String quoted = "\"" + column + "\" ";
        assertTrue(
            text.lines()
                .map(String::strip)
                .anyMatch(line -> line.startsWith(column + " ") || line.startsWith(quoted)),
            table.tableName() + "." + column + " in:\n" + text);
      }
      for (String index : indexNames(table)) {
        assertTrue(text.contains(index), table.tableName() + " index " + index + " in:\n" + text);
      }
    }
    assertTrue(text.contains("Primary Key"), text);
  }

  private static Set<String> attributes(CreateTableRequest table) {
    Set<String> names = new TreeSet<>();
    table.attributeDefinitions().forEach(a -> names.add(a.attributeName()));
    for (Map<String, AttributeValue> item : DemoDataset.create().items(table.tableName())) {
      names.addAll(item.keySet());
    }
    return names;
  }

  private static List<String> indexNames(CreateTableRequest table) {
    List<String> names = new ArrayList<>();
    table.globalSecondaryIndexes().stream()
        .map(GlobalSecondaryIndex::indexName)
        .forEach(names::add);
    table.localSecondaryIndexes().stream().map(LocalSecondaryIndex::indexName).forEach(names::add);
    table.keySchema().stream().map(KeySchemaElement::attributeName).forEach(names::add);
    return names;
  }
}
