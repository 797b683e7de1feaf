package io.dynamosql.jdbc.meta;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code getTypeInfo}: one row per SQL type the driver exposes ({@link SqlType}, without the type
 * of a bare NULL), ordered by {@code DATA_TYPE} as JDBC asks. {@code LOCAL_TYPE_NAME} says which
 * DynamoDB attribute types map to it.
 */
final class TypeInfo {

  private TypeInfo() {}

  static ResultSet result() {
    List<Map<String, Object>> rows =
        Arrays.stream(SqlType.values())
            .filter(t -> t != SqlType.NULL)
            .sorted(Comparator.comparingInt(SqlType::jdbcType).thenComparing(SqlType::typeName))
            .map(TypeInfo::row)
            .toList();
    return MetaResult.TYPE_INFO.of(rows);
  }

  private static Map<String, Object> row(SqlType type) {
    boolean quoted = type == SqlType.VARCHAR || type == SqlType.DATE || type == SqlType.TIMESTAMP;
    boolean exact = type == SqlType.BIGINT;
    return MetaRow.row()
        .with("TYPE_NAME", type.typeName())
        .with("DATA_TYPE", (long) type.jdbcType())
        .with("PRECISION", (long) type.precision())
        .with("LITERAL_PREFIX", quoted ? "'" : type == SqlType.VARBINARY ? "X'" : null)
        .with("LITERAL_SUFFIX", quoted || type == SqlType.VARBINARY ? "'" : null)
        .with("NULLABLE", (long) DatabaseMetaData.typeNullable)
        .with("CASE_SENSITIVE", type.isCaseSensitive())
        .with(
            "SEARCHABLE",
            (long)
                (type == SqlType.VARCHAR
                    ? DatabaseMetaData.typeSearchable
                    : DatabaseMetaData.typePredBasic))
        .with("UNSIGNED_ATTRIBUTE", type.isNumeric() ? Boolean.FALSE : null)
        .with("FIXED_PREC_SCALE", exact)
        .with("AUTO_INCREMENT", false)
        .with("LOCAL_TYPE_NAME", dynamoTypes(type))
        .with("MINIMUM_SCALE", type.isNumeric() ? 0L : null)
        .with(
            "MAXIMUM_SCALE",
            type == SqlType.DECIMAL ? Long.valueOf(38) : type.isNumeric() ? Long.valueOf(0) : null)
        .with("NUM_PREC_RADIX", type.radix() == null ? null : (long) type.radix())
        .values();
  }

  /** The DynamoDB attribute types a column of this SQL type holds. */
  private static String dynamoTypes(SqlType type) {
    return switch (type) {
      case VARCHAR -> "DynamoDB S";
      case DECIMAL -> "DynamoDB N";
      case BIGINT -> "DynamoDB N (integral)";
      case DOUBLE -> "computed only";
      case BOOLEAN -> "DynamoDB BOOL";
      case VARBINARY -> "DynamoDB B";
      case DATE, TIMESTAMP -> "DynamoDB S (ISO-8601) or N (epoch), by mapping or CAST";
      case ARRAY -> "DynamoDB SS, NS, BS";
      case JSON -> "DynamoDB L, M";
      case VARIANT -> "DynamoDB attribute of mixed types";
      case NULL -> "DynamoDB NULL";
    };
  }
}
