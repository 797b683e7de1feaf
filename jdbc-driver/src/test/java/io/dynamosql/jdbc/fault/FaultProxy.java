package io.dynamosql.jdbc.fault;

import io.dynamosql.jdbc.support.LoopbackProxy;
import io.dynamosql.jdbc.support.ProxyExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LoopbackProxy} relay that inflicts {@link Fault}s on command: "throttle the next two
 * Scans", "fail every GetItem with 503", "let three Scans through, then drop the connection". It
 * records every attempt it saw, faulted or not, so tests can count the driver's retries.
 */
final class FaultProxy implements AutoCloseable {

  /** Matches every operation. */
  static final String ANY = "*";

  /** One call the proxy saw, and the fault it inflicted (empty: passed through). */
  record Attempt(String operation, Optional<Fault> fault) {}

  /**
   * A fault for calls of one operation: the first {@code passing} pass, the next {@code times} not.
   */
  private static final class Rule {
    private final Fault fault;
    private final String operation;
    private final int passing;
    private final int times;
    private int seen;

    private Rule(Fault fault, String operation, int passing, int times) {
      this.fault = fault;
      this.operation = operation;
      this.passing = passing;
      this.times = times;
    }

    /** The fault for this call, if the rule takes it. */
    private Optional<Fault> take(String called) {
      if (!operation.equals(ANY) && !operation.equals(called)) {
        return Optional.empty();
      }
      seen++;
      return seen > passing && seen <= (long) passing + times
          ? Optional.of(fault)
          : Optional.empty();
    }
  }

  private final List<Rule> rules = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final LoopbackProxy server;

  private FaultProxy(URI upstream) {
    this.server = LoopbackProxy.start(upstream, this::relay);
  }

  static FaultProxy start(URI upstream) {
    return new FaultProxy(upstream);
  }

  URI endpoint() {
    return server.endpoint();
  }

  /** Inflicts {@code fault} on the next {@code times} calls of {@code operation}. */
  synchronized void inject(Fault fault, String operation, int times) {
    injectAfter(0, fault, operation, times);
  }

  /** Inflicts {@code fault} on every call of {@code operation} from now on. */
  synchronized void injectAlways(Fault fault, String operation) {
    injectAfter(0, fault, operation, Integer.MAX_VALUE);
  }

  /**
   * Lets {@code passing} calls of {@code operation} through, then faults the next {@code times}.
   */
  synchronized void injectAfter(int passing, Fault fault, String operation, int times) {
    rules.add(new Rule(fault, operation, passing, times));
  }

  /** Removes every fault and forgets the attempts seen. */
  synchronized void clear() {
    rules.clear();
    attempts.clear();
  }

  synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  /** The calls of {@code operation} seen (every attempt, retries included). */
  synchronized long attempts(String operation) {
    return attempts.stream().filter(a -> a.operation().equals(operation)).count();
  }

  /** The calls of {@code operation} that were faulted. */
  synchronized long faulted(String operation) {
    return attempts.stream()
        .filter(a -> a.operation().equals(operation) && a.fault().isPresent())
        .count();
  }

  @Override
  public void close() {
    server.close();
  }

  private void relay(ProxyExchange exchange) throws IOException {
    Optional<Fault> fault = decide(exchange.operation());
    if (fault.isEmpty()) {
      exchange.reply(exchange.forward());
      return;
    }
    fault.get().inflict(exchange);
  }

  private synchronized Optional<Fault> decide(String operation) {
    Optional<Fault> fault = Optional.empty();
    for (Rule rule : rules) {
      Optional<Fault> taken = rule.take(operation);
      if (fault.isEmpty()) {
        fault = taken;
      }
    }
    attempts.add(new Attempt(operation, fault));
    return fault;
  }
}
