package io.dynamosql.jdbc.plan.rule;

import io.dynamosql.jdbc.plan.expr.Exprs;
import io.dynamosql.jdbc.plan.logical.Distinct;
import io.dynamosql.jdbc.plan.logical.Field;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.Project;
import io.dynamosql.jdbc.plan.logical.SetOperation;
import java.util.BitSet;

/**
 * The fields a query really reads, top-down: a projection's expression counts only when its column
 * is used above it, so {@code SELECT *} in a CTE or derived table does not make DynamoDB send
 * attributes the outer query never looks at.
 */
final class RequiredFields {

  private RequiredFields() {}

  static BitSet of(LogicalPlan root) {
    BitSet used = new BitSet();
    root.fields().forEach(f -> used.set(f.id()));
    visit(root, used);
    return used;
  }

  private static void visit(LogicalPlan plan, BitSet used) {
    if (plan instanceof Project project) {
      for (int i = 0; i < project.exprs().size(); i++) {
        if (used.get(project.fields().get(i).id())) {
          Exprs.fieldIds(project.exprs().get(i), used);
        }
      }
      visit(project.input(), used);
      return;
    }
    if (plan instanceof SetOperation || plan instanceof Distinct) {
      // Rows are compared whole: every column of the inputs counts.
      for (LogicalPlan input : plan.inputs()) {
        input.fields().forEach((Field f) -> used.set(f.id()));
      }
    }
    plan.expressions().forEach(e -> Exprs.fieldIds(e, used));
    plan.inputs().forEach(input -> visit(input, used));
  }
}
