package io.dynamosql.jdbc.differential;

import java.sql.Array;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBStruct;

/**
 * The rows of one query, read completely with {@code getObject} and materialised (arrays become
 * lists, structs maps, blobs byte arrays) so that they outlive the ResultSet.
 *
 * @param arrayColumns per column, whether the engine typed it ARRAY (a DynamoDB set)
 */
record QueryResult(List<String> labels, List<Boolean> arrayColumns, List<List<Object>> rows) {

  static QueryResult read(ResultSet resultSet) throws SQLException {
    ResultSetMetaData metaData = resultSet.getMetaData();
    int columns = metaData.getColumnCount();
    List<String> labels = new ArrayList<>();
    List<Boolean> arrays = new ArrayList<>();
    for (int c = 1; c <= columns; c++) {
      labels.add(metaData.getColumnLabel(c));
      arrays.add(metaData.getColumnType(c) == Types.ARRAY);
    }
    List<List<Object>> rows = new ArrayList<>();
    while (resultSet.next()) {
      List<Object> row = new ArrayList<>(columns);
      for (int c = 1; c <= columns; c++) {
        row.add(materialise(resultSet.getObject(c)));
      }
      rows.add(row);
    }
    return new QueryResult(labels, arrays, rows);
  }

  private static Object materialise(Object value) throws SQLException {
    if (value instanceof Array array) {
      List<Object> elements = new ArrayList<>();
      for (Object element : (Object[]) array.getArray()) {
        elements.add(materialise(element));
      }
      return elements;
    }
    if (value instanceof DuckDBStruct struct) {
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Map.Entry<String, Object> field : struct.getMap().entrySet()) {
        fields.put(field.getKey(), materialise(field.getValue()));
      }
      return fields;
    }
    if (value instanceof Blob blob) {
      return blob.getBytes(1, (int) blob.length());
    }
    return value;
  }
}
