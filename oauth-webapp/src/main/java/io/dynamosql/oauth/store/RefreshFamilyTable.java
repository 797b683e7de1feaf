package io.dynamosql.oauth.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Refresh-token families, rotated and revoked with conditional writes. */
public final class RefreshFamilyTable extends TableAccess {

  // A revocation that arrives before its family exists leaves a marker for this long.
  private static final Duration TOMBSTONE_LIFETIME = Duration.ofDays(1);

  RefreshFamilyTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.REFRESH_FAMILIES.key());
  }

  /** Starts a family; false when the id is taken or was revoked in advance. */
  public boolean create(RefreshFamily family) {
    return insert(
        Items.create()
            .put("family_id", family.familyId())
            .put("client_id", family.clientId())
            .put("subject", family.subject())
            .put("groups", family.groups())
            .putScopes("scopes", family.scopes())
            .put("resource", family.resource())
            .put("token_digest", family.tokenDigest())
            .put("session_expires_at", family.sessionExpiresAt())
            .put("revoked", family.revoked())
            .put(Items.PURGE_AT, family.sessionExpiresAt()));
  }

  public Optional<RefreshFamily> find(String familyId) {
    return get(familyId)
        .filter(item -> item.optionalString("token_digest").isPresent())
        .map(RefreshFamilyTable::family);
  }

  /**
   * Replaces the family's valid token when {@code presentedDigest} is still the valid one, the
   * family is not revoked and its session has not ended.
   *
   * @return the rotated family, or empty when any of those does not hold
   */
  public Optional<RefreshFamily> rotate(
      String familyId, String presentedDigest, String newDigest, Instant now) {
    return updateIf(
            familyId,
            "SET token_digest = :new",
            "token_digest = :old AND revoked = :f AND session_expires_at > :now",
            Map.of(),
            Map.of(
                ":new", AttributeValue.fromS(newDigest),
                ":old", AttributeValue.fromS(presentedDigest),
                ":f", AttributeValue.fromBool(false),
                ":now", Items.number(now)))
        .map(RefreshFamilyTable::family);
  }

  /** Revokes the family, or marks it revoked in advance if it does not exist yet. */
  public void revoke(String familyId, Instant now) {
    client.updateItem(
        r ->
            r.tableName(tableName)
                .key(key(familyId))
                .updateExpression("SET revoked = :t, #p = if_not_exists(#p, :p)")
                .expressionAttributeNames(Map.of("#p", Items.PURGE_AT))
                .expressionAttributeValues(
                    Map.of(
                        ":t", AttributeValue.fromBool(true),
                        ":p", Items.number(now.plus(TOMBSTONE_LIFETIME)))));
  }

  private static RefreshFamily family(Items item) {
    return new RefreshFamily(
        item.string("family_id"),
        item.string("client_id"),
        item.string("subject"),
        item.strings("groups"),
        item.scopes("scopes"),
        item.string("resource"),
        item.string("token_digest"),
        item.instant("session_expires_at"),
        item.bool("revoked"));
  }
}
