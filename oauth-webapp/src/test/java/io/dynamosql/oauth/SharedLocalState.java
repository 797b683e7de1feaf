package io.dynamosql.oauth;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every test class that asks for a {@link LocalState} the same one: a DynamoDB Local server
 * started once per test JVM and stopped when the run ends. Tests stay apart by table prefix, not by
 * server, so starting one per class only cost time.
 */
public final class SharedLocalState implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedLocalState.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalState.class;
  }

  @Override
  public LocalState resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(LocalState.class, type -> new LocalState(), LocalState.class);
  }
}
