package io.dynamosql.jdbc.plan.expr;

import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.List;

/**
 * A bound scalar expression over the rows of one plan node: column references are positions in that
 * node's input row. Evaluation follows SQL's three-valued logic; {@code null} is SQL NULL.
 */
public sealed interface Expr
    permits ColumnRef,
        OuterRef,
        Literal,
        Parameter,
        Comparison,
        Logical,
        Not,
        IsNull,
        BooleanTest,
        IsDistinct,
        InList,
        Between,
        Like,
        BinaryArithmetic,
        Negate,
        Concat,
        CaseWhen,
        Cast,
        Coalesce,
        NullIf,
        FunctionCall,
        FieldAccess,
        ElementAccess,
        SubqueryExpr,
        GroupingCall,
        GroupingBits {

  SqlType type();

  Object eval(EvalContext context, Object[] row) throws SQLException;

  List<Expr> children();

  /** The same expression over other children (same count, same order as {@link #children()}). */
  Expr withChildren(List<Expr> children);

  /** SQL-like text for EXPLAIN and messages. */
  String sql();
}
