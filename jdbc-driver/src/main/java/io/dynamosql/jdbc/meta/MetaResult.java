package io.dynamosql.jdbc.meta;

import io.dynamosql.jdbc.DynamoSqlResultSet;
import io.dynamosql.jdbc.result.ListRowCursor;
import io.dynamosql.jdbc.result.ResultColumn;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The shape of every {@link java.sql.DatabaseMetaData} result set: its columns in JDBC order, each
 * declared as {@code NAME} (VARCHAR), {@code NAME:I} (integer, reported as BIGINT), {@code NAME:B}
 * (BOOLEAN) or {@code NAME:T} (TIMESTAMP). The JDBC-spec columns come first, exactly as the {@code
 * DatabaseMetaData} Javadoc lists them; DynamoDB's extra facts follow (see {@code package-info}).
 * Rows are given by column name, so no result is built from positional arrays.
 */
enum MetaResult {
  CATALOGS("TABLE_CAT"),
  SCHEMAS("TABLE_SCHEM", "TABLE_CATALOG"),
  TABLE_TYPES("TABLE_TYPE"),
  TABLES(
      "TABLE_CAT",
      "TABLE_SCHEM",
      "TABLE_NAME",
      "TABLE_TYPE",
      "REMARKS",
      "TYPE_CAT",
      "TYPE_SCHEM",
      "TYPE_NAME",
      "SELF_REFERENCING_COL_NAME",
      "REF_GENERATION",
      "PHYSICAL_TABLE_NAME",
      "ITEM_COUNT:I",
      "REFRESHED_AT:T",
      "STALE_AFTER_SECONDS:I",
      "TABLE_STATUS",
      "SORT_KEY_PREFIX"),
  COLUMNS(
      "TABLE_CAT",
      "TABLE_SCHEM",
      "TABLE_NAME",
      "COLUMN_NAME",
      "DATA_TYPE:I",
      "TYPE_NAME",
      "COLUMN_SIZE:I",
      "BUFFER_LENGTH:I",
      "DECIMAL_DIGITS:I",
      "NUM_PREC_RADIX:I",
      "NULLABLE:I",
      "REMARKS",
      "COLUMN_DEF",
      "SQL_DATA_TYPE:I",
      "SQL_DATETIME_SUB:I",
      "CHAR_OCTET_LENGTH:I",
      "ORDINAL_POSITION:I",
      "IS_NULLABLE",
      "SCOPE_CATALOG",
      "SCOPE_SCHEMA",
      "SCOPE_TABLE",
      "SOURCE_DATA_TYPE:I",
      "IS_AUTOINCREMENT",
      "IS_GENERATEDCOLUMN",
      "DYNAMODB_TYPE",
      "KEY_ROLE",
      "ATTRIBUTE_PATH"),
  PRIMARY_KEYS("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ:I", "PK_NAME"),
  INDEX_INFO(
      "TABLE_CAT",
      "TABLE_SCHEM",
      "TABLE_NAME",
      "NON_UNIQUE:B",
      "INDEX_QUALIFIER",
      "INDEX_NAME",
      "TYPE:I",
      "ORDINAL_POSITION:I",
      "COLUMN_NAME",
      "ASC_OR_DESC",
      "CARDINALITY:I",
      "PAGES:I",
      "FILTER_CONDITION",
      "INDEX_TYPE",
      "PROJECTION",
      "PROJECTED_ATTRIBUTES",
      "KEY_ROLE",
      "KEY_TYPE"),
  BEST_ROW_IDENTIFIER(Shared.ROW_IDENTIFIER),
  /** getVersionColumns has the columns of getBestRowIdentifier. */
  VERSION_COLUMNS(Shared.ROW_IDENTIFIER),
  TYPE_INFO(
      "TYPE_NAME",
      "DATA_TYPE:I",
      "PRECISION:I",
      "LITERAL_PREFIX",
      "LITERAL_SUFFIX",
      "CREATE_PARAMS",
      "NULLABLE:I",
      "CASE_SENSITIVE:B",
      "SEARCHABLE:I",
      "UNSIGNED_ATTRIBUTE:B",
      "FIXED_PREC_SCALE:B",
      "AUTO_INCREMENT:B",
      "LOCAL_TYPE_NAME",
      "MINIMUM_SCALE:I",
      "MAXIMUM_SCALE:I",
      "SQL_DATA_TYPE:I",
      "SQL_DATETIME_SUB:I",
      "NUM_PREC_RADIX:I"),
  CLIENT_INFO_PROPERTIES("NAME", "MAX_LEN:I", "DEFAULT_VALUE", "DESCRIPTION"),
  FUNCTIONS(
      "FUNCTION_CAT",
      "FUNCTION_SCHEM",
      "FUNCTION_NAME",
      "REMARKS",
      "FUNCTION_TYPE:I",
      "SPECIFIC_NAME"),
  FUNCTION_COLUMNS(
      "FUNCTION_CAT",
      "FUNCTION_SCHEM",
      "FUNCTION_NAME",
      "COLUMN_NAME",
      "COLUMN_TYPE:I",
      "DATA_TYPE:I",
      "TYPE_NAME",
      "PRECISION:I",
      "LENGTH:I",
      "SCALE:I",
      "RADIX:I",
      "NULLABLE:I",
      "REMARKS",
      "CHAR_OCTET_LENGTH:I",
      "ORDINAL_POSITION:I",
      "IS_NULLABLE",
      "SPECIFIC_NAME"),
  PROCEDURES(
      "PROCEDURE_CAT",
      "PROCEDURE_SCHEM",
      "PROCEDURE_NAME",
      "RESERVED1",
      "RESERVED2",
      "RESERVED3",
      "REMARKS",
      "PROCEDURE_TYPE:I",
      "SPECIFIC_NAME"),
  PROCEDURE_COLUMNS(
      "PROCEDURE_CAT",
      "PROCEDURE_SCHEM",
      "PROCEDURE_NAME",
      "COLUMN_NAME",
      "COLUMN_TYPE:I",
      "DATA_TYPE:I",
      "TYPE_NAME",
      "PRECISION:I",
      "LENGTH:I",
      "SCALE:I",
      "RADIX:I",
      "NULLABLE:I",
      "REMARKS",
      "COLUMN_DEF",
      "SQL_DATA_TYPE:I",
      "SQL_DATETIME_SUB:I",
      "CHAR_OCTET_LENGTH:I",
      "ORDINAL_POSITION:I",
      "IS_NULLABLE",
      "SPECIFIC_NAME"),
  UDTS(
      "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "CLASS_NAME", "DATA_TYPE:I", "REMARKS", "BASE_TYPE:I"),
  ATTRIBUTES(
      "TYPE_CAT",
      "TYPE_SCHEM",
      "TYPE_NAME",
      "ATTR_NAME",
      "DATA_TYPE:I",
      "ATTR_TYPE_NAME",
      "ATTR_SIZE:I",
      "DECIMAL_DIGITS:I",
      "NUM_PREC_RADIX:I",
      "NULLABLE:I",
      "REMARKS",
      "ATTR_DEF",
      "SQL_DATA_TYPE:I",
      "SQL_DATETIME_SUB:I",
      "CHAR_OCTET_LENGTH:I",
      "ORDINAL_POSITION:I",
      "IS_NULLABLE",
      "SCOPE_CATALOG",
      "SCOPE_SCHEMA",
      "SCOPE_TABLE",
      "SOURCE_DATA_TYPE:I"),
  SUPER_TYPES(
      "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SUPERTYPE_CAT", "SUPERTYPE_SCHEM", "SUPERTYPE_NAME"),
  SUPER_TABLES("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "SUPERTABLE_NAME"),
  /** getImportedKeys, getExportedKeys and getCrossReference share these columns. */
  KEYS(
      "PKTABLE_CAT",
      "PKTABLE_SCHEM",
      "PKTABLE_NAME",
      "PKCOLUMN_NAME",
      "FKTABLE_CAT",
      "FKTABLE_SCHEM",
      "FKTABLE_NAME",
      "FKCOLUMN_NAME",
      "KEY_SEQ:I",
      "UPDATE_RULE:I",
      "DELETE_RULE:I",
      "FK_NAME",
      "PK_NAME",
      "DEFERRABILITY:I"),
  TABLE_PRIVILEGES(
      "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE", "PRIVILEGE", "IS_GRANTABLE"),
  COLUMN_PRIVILEGES(
      "TABLE_CAT",
      "TABLE_SCHEM",
      "TABLE_NAME",
      "COLUMN_NAME",
      "GRANTOR",
      "GRANTEE",
      "PRIVILEGE",
      "IS_GRANTABLE"),
  PSEUDO_COLUMNS(
      "TABLE_CAT",
      "TABLE_SCHEM",
      "TABLE_NAME",
      "COLUMN_NAME",
      "DATA_TYPE:I",
      "COLUMN_SIZE:I",
      "DECIMAL_DIGITS:I",
      "NUM_PREC_RADIX:I",
      "COLUMN_USAGE",
      "REMARKS",
      "CHAR_OCTET_LENGTH:I",
      "IS_NULLABLE");

  /** Column lists that two results share (enum constants cannot see the enum's static fields). */
  private static final class Shared {
    static final String[] ROW_IDENTIFIER = {
      "SCOPE:I",
      "COLUMN_NAME",
      "DATA_TYPE:I",
      "TYPE_NAME",
      "COLUMN_SIZE:I",
      "BUFFER_LENGTH:I",
      "DECIMAL_DIGITS:I",
      "PSEUDO_COLUMN:I"
    };
  }

  private final List<ResultColumn> columns;
  private final List<String> names;

  MetaResult(String... declarations) {
    List<ResultColumn> declared = new ArrayList<>();
    for (String declaration : declarations) {
      String[] parts = declaration.split(":");
      SqlType type =
          parts.length == 1
              ? SqlType.VARCHAR
              : switch (parts[1]) {
                case "I" -> SqlType.BIGINT;
                case "B" -> SqlType.BOOLEAN;
                case "T" -> SqlType.TIMESTAMP;
                default -> throw new IllegalArgumentException(declaration);
              };
      declared.add(new ResultColumn(parts[0], parts[0], "", "", type, true));
    }
    this.columns = List.copyOf(declared);
    this.names = declared.stream().map(ResultColumn::name).toList();
  }

  List<ResultColumn> columns() {
    return columns;
  }

  /** A result set of these rows, each a map of column name to value (absent: NULL). */
  ResultSet of(List<Map<String, Object>> rows) {
    List<Object[]> values = new ArrayList<>(rows.size());
    for (Map<String, Object> row : rows) {
      for (String name : row.keySet()) {
        if (!names.contains(name)) {
          throw new IllegalArgumentException(this + " has no column " + name);
        }
      }
      values.add(names.stream().map(row::get).toArray());
    }
    return new DynamoSqlResultSet(null, new ListRowCursor(columns, values));
  }

  /** The result set without rows: what a feature DynamoDB does not have answers. */
  ResultSet empty() {
    return of(List.of());
  }

  @Override
  public String toString() {
    return name() + Arrays.toString(names.toArray());
  }
}
