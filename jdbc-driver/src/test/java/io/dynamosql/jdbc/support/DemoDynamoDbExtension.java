package io.dynamosql.jdbc.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class its {@link DemoDynamoDb} through a constructor (or method) parameter: started
 * on first use, one per test class, closed when the class is done (the store closes what is {@link
 * AutoCloseable}).
 */
public final class DemoDynamoDbExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(DemoDynamoDbExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == DemoDynamoDb.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext =
        context.getTestClass().isPresent() && context.getTestMethod().isEmpty()
            ? context
            : context.getParent().orElse(context);
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(DemoDynamoDb.class, type -> DemoDynamoDb.start(), DemoDynamoDb.class);
  }
}
