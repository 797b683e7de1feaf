package io.dynamosql.jdbc.exec;

import io.dynamosql.jdbc.plan.expr.Expr;
import io.dynamosql.jdbc.plan.expr.SubqueryExpr;
import io.dynamosql.jdbc.plan.logical.DynamoRead;
import io.dynamosql.jdbc.plan.logical.LogicalPlan;
import io.dynamosql.jdbc.plan.logical.LookupJoin;
import io.dynamosql.jdbc.plan.physical.DynamoRequest;
import io.dynamosql.jdbc.plan.physical.ScanPath;
import io.dynamosql.jdbc.plan.rule.Planner;
import java.util.ArrayList;
import java.util.List;

/**
 * The EXPLAIN output: one line per operator, indented under its consumer; each DynamoDB read with
 * its operation, table, key condition, filter, projection and estimated items; subqueries under the
 * operator that evaluates them; the total estimate last.
 */
final class ExplainText {

  private final Planner planner;
  private final List<String> lines = new ArrayList<>();
  private long estimatedItems;

  private ExplainText(Planner planner) {
    this.planner = planner;
  }

  static List<String> of(LogicalPlan plan, Planner planner) {
    ExplainText text = new ExplainText(planner);
    text.node(plan, 0);
    text.lines.add(
        "Estimated items read: "
            + text.estimatedItems
            + " (DynamoDB capacity is charged per item read, before any filter)");
    return text.lines;
  }

  private void node(LogicalPlan plan, int depth) {
    String indent = "  ".repeat(depth);
    if (plan instanceof DynamoRead read) {
      read(read, indent);
      return;
    }
    lines.add(indent + plan.describe());
    if (plan instanceof LookupJoin lookup) {
      node(lookup.outer(), depth + 1);
      lines.add(
          indent
              + "  "
              + "Lookup "
              + lookup.inner().scan().table().name()
              + " | "
              + DynamoRequest.of(lookup.inner()).describe(lookup.inner())
              + " | estimated items: one per distinct outer key");
      return;
    }
    for (Expr expr : plan.expressions()) {
      subqueries(expr, depth + 1);
    }
    for (LogicalPlan input : plan.inputs()) {
      node(input, depth + 1);
    }
  }

  private void read(DynamoRead read, String indent) {
    estimatedItems += read.estimatedItems();
    String line =
        indent
            + read.path().operation()
            + " "
            + read.scan().table().name()
            + physical(read)
            + (read.scan().alias().equals(read.scan().table().name())
                ? ""
                : " " + read.scan().alias())
            + " | "
            + DynamoRequest.of(read).describe(read)
            + " | estimated items: "
            + read.estimatedItems();
    if (read.path() instanceof ScanPath scan) {
      line += " | " + TableReader.scanMessage(read, scan);
    }
    lines.add(line);
    for (Expr expr : read.expressions()) {
      subqueries(expr, indent.length() / 2 + 1);
    }
  }

  /** An entity view names the DynamoDB table it reads. */
  private static String physical(DynamoRead read) {
    String physical = read.scan().table().physicalTableName();
    return physical.equals(read.scan().table().name()) ? "" : " (view of table " + physical + ")";
  }

  private void subqueries(Expr expr, int depth) {
    if (expr instanceof SubqueryExpr sub) {
      lines.add(
          "  ".repeat(depth)
              + "Subquery "
              + sub.kind()
              + (sub.correlated() ? " (correlated: runs per row)" : " (runs once)"));
      node(planner.plan(sub.plan()), depth + 1);
    }
    expr.children().forEach(child -> subqueries(child, depth));
  }
}
