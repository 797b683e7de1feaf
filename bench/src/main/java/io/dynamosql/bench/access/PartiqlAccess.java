package io.dynamosql.bench.access;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;

/**
 * A read through PartiQL {@code ExecuteStatement}, following {@code NextToken} to the end. The
 * bench may call it (the driver never does): it is the other way DynamoDB offers to run a query.
 */
public final class PartiqlAccess implements Access {

  private final DynamoDbClient client;
  private final String statement;
  private final List<AttributeValue> parameters;
  private final ItemRows rows;

  public PartiqlAccess(
      DynamoDbClient client, String statement, List<AttributeValue> parameters, ItemRows rows) {
    this.client = client;
    this.statement = statement;
    this.parameters = parameters;
    this.rows = rows;
  }

  @Override
  public Outcome read() {
    Outcome.Builder outcome = new Outcome.Builder();
    String next = null;
    do {
      String token = next;
      ExecuteStatementResponse page =
          client.executeStatement(
              b ->
                  b.statement(statement)
                      .parameters(parameters.isEmpty() ? null : parameters)
                      .nextToken(token));
      page.items().forEach(item -> rows.add(outcome, item));
      next = page.nextToken();
    } while (next != null);
    return outcome.build();
  }
}
