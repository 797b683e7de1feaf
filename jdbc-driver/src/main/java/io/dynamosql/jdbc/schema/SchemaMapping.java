package io.dynamosql.jdbc.schema;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SqlType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The optional mapping file ({@code mappingFile} connection property): a {@link Properties} file
 * (UTF-8) whose keys are paths separated by {@code /}, a character DynamoDB table names cannot
 * contain. {@code <schema>} may be the default schema or a new one.
 *
 * <pre>
 * # a schema holding some tables (physical DynamoDB names, comma-separated)
 * schema/sales/tables = orders, customers
 * # the SQL name of a table in a schema (default: its DynamoDB name)
 * rename/sales/orders = sales_orders
 * # the SQL type of a column (SQL table and column names; VARCHAR, DECIMAL, BIGINT, DOUBLE,
 * # BOOLEAN, VARBINARY, DATE, TIMESTAMP, ARRAY, JSON, VARIANT)
 * column/dynamodb/customers/score = VARCHAR
 * # a single-table entity view: the items of a table whose sort key begins with a prefix
 * view/dynamodb/app_orders/table = app_data
 * view/dynamodb/app_orders/sortKeyPrefix = ORDER#
 * </pre>
 *
 * <p>Any other key, an unknown type or a view without its table or prefix is refused with 08004,
 * naming the file and the key.
 */
public final class SchemaMapping {

  /** A single-table entity view. */
  public record View(String schema, String name, String table, String sortKeyPrefix) {}

  public static final SchemaMapping EMPTY =
      new SchemaMapping(Map.of(), Map.of(), Map.of(), List.of());

  private final Map<String, List<String>> schemaTables;
  private final Map<String, String> renames;
  private final Map<String, SqlType> columnTypes;
  private final List<View> views;

  private SchemaMapping(
      Map<String, List<String>> schemaTables,
      Map<String, String> renames,
      Map<String, SqlType> columnTypes,
      List<View> views) {
    this.schemaTables = schemaTables;
    this.renames = renames;
    this.columnTypes = columnTypes;
    this.views = views;
  }

  /** Reads and checks a mapping file. */
  public static SchemaMapping load(Path file) throws SQLException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Connection property 'mappingFile': cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(properties, file.toString());
  }

  static SchemaMapping parse(Properties properties, String source) throws SQLException {
    Map<String, List<String>> schemaTables = new TreeMap<>();
    Map<String, String> renames = new TreeMap<>();
    Map<String, SqlType> columnTypes = new TreeMap<>();
    Map<String, String[]> viewParts = new LinkedHashMap<>();
    for (String key : new TreeMap<>(properties).keySet().stream().map(String::valueOf).toList()) {
      String value = properties.getProperty(key).strip();
      String[] parts = key.split("/", -1);
      String form = parts[0] + "/" + parts.length;
      switch (form) {
        case "schema/3" -> {
          requireLast(parts, "tables", key, source);
          schemaTables.put(parts[1], names(value));
        }
        case "rename/3" -> renames.put(parts[1] + "/" + parts[2], value);
        case "column/4" ->
            columnTypes.put(parts[1] + "/" + parts[2] + "/" + parts[3], type(value, key, source));
        case "view/4" -> {
          String[] view = viewParts.computeIfAbsent(parts[1] + "/" + parts[2], k -> new String[2]);
          switch (parts[3]) {
            case "table" -> view[0] = value;
            case "sortKeyPrefix" -> view[1] = value;
            default -> throw invalid(key, source, "expected .../table or .../sortKeyPrefix");
          }
        }
        default -> throw invalid(key, source, "unknown key");
      }
    }
    List<View> views = new ArrayList<>();
    for (Map.Entry<String, String[]> entry : viewParts.entrySet()) {
      String[] names = entry.getKey().split("/");
      String[] view = entry.getValue();
      if (view[0] == null || view[0].isEmpty() || view[1] == null || view[1].isEmpty()) {
        throw invalid(
            "view/" + entry.getKey(), source, "a view needs both 'table' and 'sortKeyPrefix'");
      }
      views.add(new View(names[0], names[1], view[0], view[1]));
    }
    return new SchemaMapping(schemaTables, renames, columnTypes, List.copyOf(views));
  }

  private static void requireLast(String[] parts, String expected, String key, String source)
      throws SQLException {
    if (!parts[parts.length - 1].equals(expected)) {
      throw invalid(key, source, "expected .../" + expected);
    }
  }

  private static List<String> names(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static SqlType type(String value, String key, String source) throws SQLException {
    try {
      SqlType type = SqlType.valueOf(value.toUpperCase(Locale.ROOT));
      if (type != SqlType.NULL) {
        return type;
      }
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    throw invalid(key, source, "unknown SQL type '" + value + "'");
  }

  private static SQLException invalid(String key, String source, String why) {
    return SqlState.CONNECTION_REJECTED.exception(
        "Connection property 'mappingFile': " + source + ": key '" + key + "': " + why);
  }

  /** The schemas the file declares with a table list (not counting those it only adds views to). */
  public Map<String, List<String>> schemaTables() {
    return schemaTables;
  }

  /** Every schema the file mentions: declared ones and those that only receive views. */
  public List<String> schemaNames() {
    List<String> names = new ArrayList<>(schemaTables.keySet());
    views.stream().map(View::schema).filter(s -> !names.contains(s)).forEach(names::add);
    return names;
  }

  /** The SQL name of a DynamoDB table in a schema. */
  public String sqlName(String schema, String physicalTable) {
    return renames.getOrDefault(schema + "/" + physicalTable, physicalTable);
  }

  /** The type overrides of one table: column name → type. */
  public Map<String, SqlType> columnTypes(String schema, String table) {
    String prefix = schema + "/" + table + "/";
    Map<String, SqlType> result = new TreeMap<>();
    columnTypes.forEach(
        (key, type) -> {
          if (key.startsWith(prefix)) {
            result.put(key.substring(prefix.length()), type);
          }
        });
    return result;
  }

  /** The views of a schema. */
  public List<View> views(String schema) {
    return views.stream().filter(v -> v.schema().equals(schema)).toList();
  }

  public Optional<View> view(String schema, String name) {
    return views(schema).stream().filter(v -> v.name().equals(name)).findFirst();
  }
}
