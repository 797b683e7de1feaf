package io.dynamosql.oauth.store;

import io.dynamosql.oauth.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Builds and reads DynamoDB items attribute by attribute. */
final class Items {

  /** The epoch-seconds attribute TTL purges by; expiry is always also checked on read. */
  static final String PURGE_AT = "purge_at";

  private final Map<String, AttributeValue> values;

  private Items(Map<String, AttributeValue> values) {
    this.values = values;
  }

  static Items create() {
    return new Items(new HashMap<>());
  }

  static Items of(Map<String, AttributeValue> item) {
    return new Items(item);
  }

  Items put(String name, String value) {
    values.put(name, AttributeValue.fromS(value));
    return this;
  }

  Items put(String name, Instant value) {
    values.put(name, AttributeValue.fromN(Long.toString(value.getEpochSecond())));
    return this;
  }

  Items put(String name, boolean value) {
    values.put(name, AttributeValue.fromBool(value));
    return this;
  }

  Items put(String name, Collection<String> value) {
    values.put(name, list(value));
    return this;
  }

  Items putScopes(String name, Set<Scope> scopes) {
    return put(name, scopes.stream().map(Scope::value).toList());
  }

  Map<String, AttributeValue> map() {
    return values;
  }

  String string(String name) {
    return optionalString(name)
        .orElseThrow(() -> new IllegalStateException("Stored item lacks " + name));
  }

  Optional<String> optionalString(String name) {
    return Optional.ofNullable(values.get(name)).map(AttributeValue::s);
  }

  Instant instant(String name) {
    return Instant.ofEpochSecond(Long.parseLong(values.get(name).n()));
  }

  boolean bool(String name) {
    AttributeValue value = values.get(name);
    return value != null && Boolean.TRUE.equals(value.bool());
  }

  List<String> strings(String name) {
    AttributeValue value = values.get(name);
    if (value == null || !value.hasL()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    value.l().forEach(v -> result.add(v.s()));
    return List.copyOf(result);
  }

  Set<Scope> scopes(String name) {
    Set<Scope> result = EnumSet.noneOf(Scope.class);
    strings(name).forEach(s -> Scope.fromValue(s).ifPresent(result::add));
    return result;
  }

  static AttributeValue list(Collection<String> value) {
    return AttributeValue.fromL(value.stream().map(AttributeValue::fromS).toList());
  }

  static AttributeValue number(Instant instant) {
    return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
  }
}
