package io.dynamosql.jdbc.exec.function;

import io.dynamosql.jdbc.error.SqlState;
import io.dynamosql.jdbc.type.SqlType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A function defined by its signatures and a body: the form every built-in function takes. The
 * signatures check arity and types (42883, 42804), convert the arguments for the body, and, unless
 * the function is {@code calledOnNull}, answer NULL for a NULL argument without calling the body.
 */
record BuiltinFunction(
    String name,
    List<Signature> signatureList,
    Body body,
    boolean calledOnNull,
    boolean volatileResult)
    implements ScalarFunction {

  /** The function's work on converted, non-null (unless {@code calledOnNull}) arguments. */
  @FunctionalInterface
  interface Body {
    Object apply(List<Object> arguments) throws SQLException;
  }

  BuiltinFunction {
    signatureList = List.copyOf(signatureList);
  }

  /** Starts the definition of a function named {@code name}. */
  static Builder named(String name) {
    return new Builder(name);
  }

  /** The same function under another name (SUBSTR for SUBSTRING, CEILING for CEIL ...). */
  BuiltinFunction alias(String alias) {
    return new BuiltinFunction(alias, signatureList, body, calledOnNull, volatileResult);
  }

  @Override
  public SqlType returnType(List<SqlType> argumentTypes) throws SQLException {
    Signature signature = signatureFor(argumentTypes.size(), argumentTypes);
    if (!signature.accepts(argumentTypes)) {
      throw SqlState.DATATYPE_MISMATCH.exception(
          "Function "
              + name
              + " does not accept ("
              + argumentTypes.stream().map(SqlType::typeName).collect(Collectors.joining(", "))
              + "); "
              + accepted());
    }
    return signature.returnType().of(argumentTypes);
  }

  @Override
  public Object apply(List<Object> arguments) throws SQLException {
    Signature signature = signatureFor(arguments.size(), null);
    if (!calledOnNull && hasNull(arguments)) {
      return null;
    }
    List<Object> converted = new ArrayList<>(arguments.size());
    for (int i = 0; i < arguments.size(); i++) {
      Object argument = arguments.get(i);
      converted.add(
          argument == null ? null : signature.parameter(i).convert(argument, name, i + 1));
    }
    return body.apply(converted);
  }

  // Not List.contains(null): immutable lists reject a null query.
  private static boolean hasNull(List<Object> arguments) {
    for (Object argument : arguments) {
      if (argument == null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean deterministic() {
    return !volatileResult;
  }

  @Override
  public boolean returnsNullOnNullInput() {
    return !calledOnNull;
  }

  @Override
  public List<String> signatures() {
    return signatureList.stream().map(s -> s.render(name)).toList();
  }

  private Signature signatureFor(int arity, List<SqlType> types) throws SQLException {
    for (Signature signature : signatureList) {
      if (signature.takes(arity)) {
        return signature;
      }
    }
    String call =
        types == null
            ? arity + " argument" + (arity == 1 ? "" : "s")
            : "(" + types.stream().map(SqlType::typeName).collect(Collectors.joining(", ")) + ")";
    throw SqlState.UNDEFINED_FUNCTION.exception(
        "Function " + name + " does not take " + call + "; " + accepted());
  }

  private String accepted() {
    return name + " accepts " + String.join(" or ", signatures());
  }

  /** Collects signatures and flags; one signature per arity, so a call's arity picks its form. */
  static final class Builder {
    private final String name;
    private final List<Signature> signatures = new ArrayList<>();
    private boolean calledOnNull;
    private boolean volatileResult;

    private Builder(String name) {
      this.name = name;
    }

    /** A form with a fixed result type. */
    Builder takes(SqlType result, Parameter... parameters) {
      return takes(Signature.ReturnType.fixed(result), parameters);
    }

    /** A form whose result type follows from the argument types. */
    Builder takes(Signature.ReturnType result, Parameter... parameters) {
      return add(new Signature(Arrays.asList(parameters), false, result));
    }

    /** A form whose last parameter repeats (at least once). */
    Builder takesVariadic(Signature.ReturnType result, Parameter... parameters) {
      return add(new Signature(Arrays.asList(parameters), true, result));
    }

    private Builder add(Signature signature) {
      for (Signature existing : signatures) {
        if (existing.takes(signature.parameters().size())
            || signature.takes(existing.parameters().size())) {
          throw new IllegalStateException(name + ": two forms for the same number of arguments");
        }
      }
      signatures.add(signature);
      return this;
    }

    /** The body sees NULL arguments; the function's Javadoc says what it does with them. */
    Builder calledOnNull() {
      this.calledOnNull = true;
      return this;
    }

    /** The result may change between calls. */
    Builder nonDeterministic() {
      this.volatileResult = true;
      return this;
    }

    BuiltinFunction does(Body body) {
      return new BuiltinFunction(name, signatures, body, calledOnNull, volatileResult);
    }
  }
}
