package io.dynamosql.jdbc.plan.physical;

import io.dynamosql.jdbc.exec.value.SqlComparison;
import io.dynamosql.jdbc.plan.expr.Between;
import io.dynamosql.jdbc.plan.expr.ColumnRef;
import io.dynamosql.jdbc.plan.expr.Comparison;
import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.InList;
import io.dynamosql.jdbc.plan.expr.IsNull;
import io.dynamosql.jdbc.plan.expr.Like;
import io.dynamosql.jdbc.plan.expr.Literal;
import io.dynamosql.jdbc.plan.expr.Logical;
import io.dynamosql.jdbc.plan.expr.OuterRef;
import io.dynamosql.jdbc.plan.expr.Parameter;
import io.dynamosql.jdbc.plan.logical.TableScan;
import io.dynamosql.jdbc.schema.ColumnSchema;
import io.dynamosql.jdbc.type.SqlType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which predicates DynamoDB's FilterExpression evaluates exactly as SQL does, and their text.
 *
 * <p>Only predicates on columns whose sampled items all have one scalar type are pushed, compared
 * with a value of that type. DynamoDB's comparisons are false for a missing attribute or a value of
 * another type (a DynamoDB NULL included), which is what SQL's NULL gives for {@code =}, {@code <},
 * {@code BETWEEN}, {@code IN} and {@code begins_with}. Its {@code <>} however is TRUE for a missing
 * attribute, where SQL gives NULL: {@code <>} is pushed guarded by {@code attribute_type}. NOT, NOT
 * IN and anything else stay local.
 */
public final class FilterTranslation {

  private static final Set<String> SCALARS = Set.of("S", "N", "B", "BOOL");
  private static final int MAX_IN_VALUES = 100;
  private static final int MAX_LOGICAL_OPERANDS = 50;

  /** DynamoDB's limit on the length of one expression string. */
  public static final int MAX_EXPRESSION_LENGTH = 4096;

  private FilterTranslation() {}

  /** Whether DynamoDB evaluates {@code conjunct} (over {@code scan}'s row) exactly. */
  public static boolean pushable(Expr conjunct, TableScan scan) {
    if (conjunct instanceof Logical logical) {
      return logical.operands().size() <= MAX_LOGICAL_OPERANDS
          && logical.operands().stream().allMatch(o -> pushable(o, scan));
    }
    if (conjunct instanceof Comparison c) {
      ColumnSchema column = column(c.left(), scan);
      Expr value = c.right();
      if (column == null) {
        column = column(c.right(), scan);
        value = c.left();
      }
      return column != null && fits(column, value);
    }
    if (conjunct instanceof IsNull isNull) {
      ColumnSchema column = column(isNull.operand(), scan);
      return column != null;
    }
    if (conjunct instanceof Between between && !between.negated()) {
      ColumnSchema column = column(between.operand(), scan);
      return column != null
          && fits(column, between.low())
          && fits(column, between.high())
          && between.low() instanceof Literal low
          && between.high() instanceof Literal high
          && ordered(low.value(), high.value());
    }
    if (conjunct instanceof InList in && !in.negated()) {
      ColumnSchema column = column(in.operand(), scan);
      return column != null
          && in.values().size() <= MAX_IN_VALUES
          && in.values().stream().allMatch(v -> fits(column, v));
    }
    if (conjunct instanceof Like like
        && !like.negated()
        && like.compiled() != null
        && like.compiled().isPrefixOnly()) {
      ColumnSchema column = column(like.operand(), scan);
      return column != null && column.dynamoType().equals("S");
    }
    if (conjunct instanceof ColumnRef ref && ref.type() == SqlType.BOOLEAN) {
      ColumnSchema column = column(ref, scan);
      return column != null && column.dynamoType().equals("BOOL");
    }
    return false;
  }

  /** The FilterExpression text of a {@link #pushable} conjunct. */
  public static String emit(Expr conjunct, TableScan scan, ExpressionText text) {
    if (conjunct instanceof Logical logical) {
      List<String> parts = new ArrayList<>();
      for (Expr operand : logical.operands()) {
        parts.add(emit(operand, scan, text));
      }
      return "(" + String.join(logical.and() ? " AND " : " OR ", parts) + ")";
    }
    if (conjunct instanceof Comparison c) {
      ColumnSchema column = column(c.left(), scan);
      Expr value = c.right();
      Comparison.Operator operator = c.operator();
      if (column == null) {
        column = column(c.right(), scan);
        value = c.left();
        operator = operator.flipped();
      }
      String name = text.path(column.attributePath());
      String comparison = name + " " + operator.symbol() + " " + text.value(value);
      return operator == Comparison.Operator.NE
          ? "(attribute_type("
              + name
              + ", "
              + text.constant(column.dynamoType())
              + ") AND "
              + comparison
              + ")"
          : comparison;
    }
    if (conjunct instanceof IsNull isNull) {
      String name = text.path(column(isNull.operand(), scan).attributePath());
      String nullType = text.constant("NULL");
      return isNull.negated()
          ? "(attribute_exists("
              + name
              + ") AND NOT attribute_type("
              + name
              + ", "
              + nullType
              + "))"
          : "(attribute_not_exists("
              + name
              + ") OR attribute_type("
              + name
              + ", "
              + nullType
              + "))";
    }
    if (conjunct instanceof Between between) {
      String name = text.path(column(between.operand(), scan).attributePath());
      return name + " BETWEEN " + text.value(between.low()) + " AND " + text.value(between.high());
    }
    if (conjunct instanceof InList in) {
      String name = text.path(column(in.operand(), scan).attributePath());
      List<String> values = new ArrayList<>();
      in.values().forEach(v -> values.add(text.value(v)));
      return name + " IN (" + String.join(", ", values) + ")";
    }
    if (conjunct instanceof Like like) {
      String name = text.path(column(like.operand(), scan).attributePath());
      return "begins_with("
          + name
          + ", "
          + text.constant(like.compiled().literalPrefix().orElse(""))
          + ")";
    }
    ColumnRef ref = (ColumnRef) conjunct;
    return text.path(column(ref, scan).attributePath()) + " = " + text.value(Literal.TRUE);
  }

  /** The single-typed scalar column {@code expr} reads directly, or null. */
  static ColumnSchema column(Expr expr, TableScan scan) {
    if (!(expr instanceof ColumnRef ref)
        || ref.index() < 0
        || ref.index() >= scan.table().columns().size()) {
      return null;
    }
    ColumnSchema column = scan.table().columns().get(ref.index());
    return column.isCatchAll() || !SCALARS.contains(column.dynamoType()) ? null : column;
  }

  /** Whether {@code value} is a non-null constant of the column's DynamoDB type. */
  static boolean fits(ColumnSchema column, Expr value) {
    if (value instanceof Literal literal) {
      Object v = literal.value();
      return switch (column.dynamoType()) {
        case "S" -> v instanceof String;
        case "N" -> v instanceof BigDecimal number && KeyLimits.fitsNumber(number);
        case "BOOL" -> v instanceof Boolean;
        case "B" -> v instanceof byte[];
        default -> false;
      };
    }
    if (value instanceof Parameter || value instanceof OuterRef) {
      return value.type() == column.type() || value.type().isNumeric() && column.type().isNumeric();
    }
    return false;
  }

  private static boolean ordered(Object low, Object high) {
    try {
      Integer comparison = SqlComparison.compare(low, high);
      return comparison != null && comparison <= 0;
    } catch (SQLException e) {
      return false;
    }
  }
}
