package io.dynamosql.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynamosql.jdbc.result.ListRowCursor;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.type.SetValue;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DynamoSqlResultSetTest {

  /** A one-row result: one column per case, so each case reads its own column. */
  private static ResultSet single(SqlType type, Object value) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {value});
    return new DynamoSqlResultSet(
        null,
        new ListRowCursor(
            List.of(new ResultColumn("v", "v", "demo", "customers", type, true)), rows));
  }

  private static Object read(ResultSet rs, String getter) throws SQLException {
    return switch (getter) {
      case "getString" -> rs.getString(1);
      case "getInt" -> rs.getInt(1);
      case "getLong" -> rs.getLong(1);
      case "getDouble" -> rs.getDouble(1);
      case "getBigDecimal" -> rs.getBigDecimal(1);
      case "getBoolean" -> rs.getBoolean(1);
      case "getBytes" -> new String(rs.getBytes(1), StandardCharsets.UTF_8);
      case "getDate" -> rs.getDate(1).toLocalDate();
      case "getTimestamp" -> rs.getTimestamp(1).toInstant();
      case "getObject" -> rs.getObject(1);
      case "getObject(Long)" -> rs.getObject(1, Long.class);
      case "getObject(LocalDate)" -> rs.getObject(1, LocalDate.class);
      case "getObject(Instant)" -> rs.getObject(1, Instant.class);
      case "getObject(String)" -> rs.getObject(1, String.class);
      default -> throw new IllegalArgumentException(getter);
    };
  }

  static Stream<Arguments> conversions() {
    BigDecimal big = new BigDecimal("12345678901234567890123456789012.345678");
    Map<String, Object> address = Map.of("city", "Oslo");
    return Stream.of(
        Arguments.of(SqlType.BIGINT, new BigDecimal("42"), "getInt", 42),
        Arguments.of(SqlType.BIGINT, new BigDecimal("42"), "getObject", 42L),
        Arguments.of(SqlType.DECIMAL, big, "getBigDecimal", big),
        Arguments.of(SqlType.DECIMAL, big, "getString", "12345678901234567890123456789012.345678"),
        Arguments.of(SqlType.DECIMAL, new BigDecimal("2.5"), "getDouble", 2.5d),
        Arguments.of(SqlType.DECIMAL, new BigDecimal("2"), "getObject", new BigDecimal("2")),
        Arguments.of(SqlType.VARCHAR, "17", "getLong", 17L),
        Arguments.of(SqlType.VARCHAR, " 1.5 ", "getBigDecimal", new BigDecimal("1.5")),
        Arguments.of(SqlType.VARCHAR, "true", "getBoolean", true),
        Arguments.of(SqlType.VARCHAR, "hello", "getBytes", "hello"),
        Arguments.of(SqlType.VARCHAR, "2023-05-17", "getDate", LocalDate.of(2023, 5, 17)),
        Arguments.of(
            SqlType.VARCHAR,
            "2025-03-01T10:00:00Z",
            "getTimestamp",
            Instant.parse("2025-03-01T10:00:00Z")),
        Arguments.of(
            SqlType.BIGINT,
            new BigDecimal("1740823200"),
            "getObject(Instant)",
            Instant.parse("2025-03-01T10:00:00Z")),
        Arguments.of(
            SqlType.BIGINT,
            new BigDecimal("1740823200000"),
            "getTimestamp",
            Instant.parse("2025-03-01T10:00:00Z")),
        Arguments.of(
            SqlType.VARCHAR, "2023-05-17", "getObject(LocalDate)", LocalDate.of(2023, 5, 17)),
        Arguments.of(SqlType.BOOLEAN, Boolean.TRUE, "getString", "true"),
        Arguments.of(SqlType.BOOLEAN, Boolean.TRUE, "getObject", true),
        Arguments.of(SqlType.BOOLEAN, Boolean.FALSE, "getInt", 0),
        Arguments.of(SqlType.VARBINARY, "hi".getBytes(StandardCharsets.UTF_8), "getString", "aGk="),
        Arguments.of(SqlType.JSON, address, "getString", "{\"city\":\"Oslo\"}"),
        Arguments.of(SqlType.JSON, address, "getObject", address),
        Arguments.of(
            SqlType.JSON,
            List.of("a", new BigDecimal("1")),
            "getObject",
            List.of("a", new BigDecimal("1"))),
        Arguments.of(SqlType.VARIANT, "n/a", "getObject", "n/a"),
        Arguments.of(SqlType.VARIANT, new BigDecimal("7"), "getObject", new BigDecimal("7")),
        Arguments.of(SqlType.VARIANT, new BigDecimal("7"), "getObject(Long)", 7L),
        Arguments.of(SqlType.VARIANT, new BigDecimal("7"), "getObject(String)", "7"),
        Arguments.of(
            SqlType.ARRAY,
            new SetValue(SetValue.Kind.STRING, List.of("vip", "beta")),
            "getString",
            "[\"beta\",\"vip\"]"));
  }

  @ParameterizedTest(name = "{2} on {0} {1}")
  @MethodSource("conversions")
  void convertsValues(SqlType type, Object value, String getter, Object expected)
      throws SQLException {
    try (ResultSet rs = single(type, value)) {
      assertTrue(rs.next());
      assertEquals(expected, read(rs, getter));
      assertFalse(rs.wasNull());
    }
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(SqlType.VARIANT, "n/a", "getInt"),
        Arguments.of(SqlType.VARCHAR, "n/a", "getBigDecimal"),
        Arguments.of(SqlType.VARCHAR, "n/a", "getTimestamp"),
        Arguments.of(SqlType.VARCHAR, "n/a", "getObject(Long)"),
        Arguments.of(SqlType.DECIMAL, new BigDecimal("1"), "getBytes"));
  }

  @ParameterizedTest(name = "{2} on {0} {1}")
  @MethodSource("failures")
  void failedConversionIs22018QuotingTheValue(SqlType type, Object value, String getter)
      throws SQLException {
    try (ResultSet rs = single(type, value)) {
      rs.next();
      SQLDataException e = assertThrows(SQLDataException.class, () -> read(rs, getter));
      assertEquals("22018", e.getSQLState());
      assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }
  }

  @Test
  void nullReadsAsNullOrZeroAndSetsWasNull() throws SQLException {
    try (ResultSet rs = single(SqlType.BIGINT, null)) {
      rs.next();
      assertEquals(0, rs.getInt(1));
      assertTrue(rs.wasNull());
      assertNull(rs.getString("V"));
      assertNull(rs.getObject(1));
      assertNull(rs.getDate(1));
      assertFalse(rs.getBoolean(1));
    }
  }

  @Test
  void setsAreArraysOfTheirElementType() throws SQLException {
    SetValue numbers =
        new SetValue(SetValue.Kind.NUMBER, List.of(new BigDecimal("1000"), new BigDecimal("3")));
    try (ResultSet rs = single(SqlType.ARRAY, numbers)) {
      rs.next();
      Array array = (Array) rs.getObject(1);
      assertEquals(Types.DECIMAL, array.getBaseType());
      assertArrayEquals(
          new BigDecimal[] {new BigDecimal("3"), new BigDecimal("1000")},
          (BigDecimal[]) array.getArray());
      assertArrayEquals(new BigDecimal[] {new BigDecimal("1000")}, (Object[]) array.getArray(2, 1));
      try (ResultSet elements = rs.getArray(1).getResultSet()) {
        assertTrue(elements.next());
        assertEquals(1, elements.getInt("INDEX"));
        assertEquals(3, elements.getInt("VALUE"));
      }
    }
  }

  @Test
  void readsTimestampsInTheCalendarZone() throws SQLException {
    try (ResultSet rs = single(SqlType.VARCHAR, "2025-03-01T10:00:00")) {
      rs.next();
      Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
      Timestamp ts = rs.getTimestamp(1, tokyo);
      assertEquals(Instant.parse("2025-03-01T01:00:00Z"), ts.toInstant());
    }
  }

  @Test
  void findsColumnsByLabelIgnoringCaseFirstMatchWins() throws SQLException {
    List<ResultColumn> columns =
        List.of(
            ResultColumn.computed("Name", SqlType.VARCHAR),
            ResultColumn.computed("NAME", SqlType.VARCHAR));
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"first", "second"});
    try (ResultSet rs = new DynamoSqlResultSet(null, new ListRowCursor(columns, rows))) {
      assertEquals(1, rs.findColumn("name"));
      SQLException e = assertThrows(SQLException.class, () -> rs.findColumn("nope"));
      assertEquals("42S22", e.getSQLState());
    }
  }

  @Test
  void isForwardOnlyAndReadOnly() throws SQLException {
    try (ResultSet rs = rowsOf(3)) {
      assertTrue(rs.isBeforeFirst());
      assertTrue(rs.next());
      assertTrue(rs.isFirst());
      assertEquals(1, rs.getRow());
      for (String method : List.of("absolute", "relative", "previous", "first", "last")) {
        SQLException e =
            assertThrows(
                SQLException.class,
                () -> {
                  switch (method) {
                    case "absolute" -> rs.absolute(2);
                    case "relative" -> rs.relative(1);
                    case "previous" -> rs.previous();
                    case "first" -> rs.first();
                    default -> rs.last();
                  }
                },
                method);
        assertEquals("24000", e.getSQLState(), method);
      }
      assertThrows(SQLFeatureNotSupportedException.class, () -> rs.updateInt(1, 3));
      assertEquals(ResultSet.TYPE_FORWARD_ONLY, rs.getType());
      assertEquals(ResultSet.CONCUR_READ_ONLY, rs.getConcurrency());
      rs.setFetchSize(500);
      assertEquals(500, rs.getFetchSize());
      assertTrue(rs.next());
      assertTrue(rs.next());
      assertTrue(rs.isLast());
      assertFalse(rs.next());
      assertTrue(rs.isAfterLast());
      assertEquals(0, rs.getRow());
      SQLException noRow = assertThrows(SQLException.class, () -> rs.getInt(1));
      assertEquals("24000", noRow.getSQLState());
    }
  }

  @Test
  void closedResultSetThrows08003AndClosesItsCursor() throws SQLException {
    boolean[] cursorClosed = {false};
    ListRowCursor rows =
        new ListRowCursor(List.of(ResultColumn.computed("n", SqlType.BIGINT)), List.of());
    ResultSet rs =
        new DynamoSqlResultSet(
            null,
            new io.dynamosql.jdbc.result.RowCursor() {
              @Override
              public List<ResultColumn> columns() {
                return rows.columns();
              }

              @Override
              public Object[] next() {
                return rows.next();
              }

              @Override
              public void close() {
                cursorClosed[0] = true;
              }
            });
    rs.close();
    assertTrue(cursorClosed[0]);
    assertTrue(rs.isClosed());
    SQLException e = assertThrows(SQLException.class, rs::next);
    assertEquals("08003", e.getSQLState());
  }

  @Test
  void metaDataDescribesLabelsNamesTypesAndSource() throws SQLException {
    List<ResultColumn> columns =
        List.of(
            new ResultColumn("id", "customer_id", "demo", "customers", SqlType.VARCHAR, false),
            ResultColumn.computed("total", SqlType.DECIMAL),
            ResultColumn.computed("n", SqlType.BIGINT));
    try (ResultSet rs = new DynamoSqlResultSet(null, new ListRowCursor(columns, List.of()))) {
      ResultSetMetaData md = rs.getMetaData();
      assertEquals(3, md.getColumnCount());
      assertEquals("id", md.getColumnLabel(1));
      assertEquals("customer_id", md.getColumnName(1));
      assertEquals("customers", md.getTableName(1));
      assertEquals("demo", md.getSchemaName(1));
      assertEquals(ResultSetMetaData.columnNoNulls, md.isNullable(1));
      assertEquals("", md.getTableName(2));
      assertEquals(Types.DECIMAL, md.getColumnType(2));
      assertEquals("DECIMAL", md.getColumnTypeName(2));
      assertEquals(38, md.getPrecision(2));
      assertEquals(Types.BIGINT, md.getColumnType(3));
      assertEquals("java.lang.Long", md.getColumnClassName(3));
      assertTrue(md.isReadOnly(1));
      assertFalse(md.isWritable(1));
      SQLException e = assertThrows(SQLException.class, () -> md.getColumnName(4));
      assertEquals("07009", e.getSQLState());
    }
  }

  private static ResultSet rowsOf(int count) {
    Object[][] rows = new Object[count][];
    for (int i = 0; i < count; i++) {
      rows[i] = new Object[] {new BigDecimal(i)};
    }
    return new DynamoSqlResultSet(
        null,
        new ListRowCursor(
            List.of(ResultColumn.computed("n", SqlType.BIGINT)), Arrays.asList(rows)));
  }
}
