package io.dynamosql.oauth.store;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Authorization codes, spent by a conditional write so that only one redemption ever wins. */
public final class AuthorizationCodeTable extends TableAccess {

  // Spent codes are kept past their expiry so a late replay is still recognised and punished.
  private static final Duration KEEP_AFTER_EXPIRY = Duration.ofHours(1);

  AuthorizationCodeTable(DynamoDbClient client, String tableName) {
    super(client, tableName, StateTable.AUTHORIZATION_CODES.key());
  }

  public void save(AuthorizationCode code) {
    boolean written =
        insert(
            Items.create()
                .put("code_digest", code.codeDigest())
                .put("client_id", code.clientId())
                .put("redirect_uri", code.redirectUri())
                .put("code_challenge", code.codeChallenge())
                .putScopes("scopes", code.scopes())
                .put("resource", code.resource())
                .put("subject", code.subject())
                .put("groups", code.groups())
                .put("authenticated_at", code.authenticatedAt())
                .put("expires_at", code.expiresAt())
                .put("family_id", code.familyId())
                .put("redeemed", false)
                .put(Items.PURGE_AT, code.expiresAt().plus(KEEP_AFTER_EXPIRY)));
    if (!written) {
      throw new IllegalStateException("Authorization code digest collision");
    }
  }

  /** Spends the code: the first caller gets {@link Redemption.Redeemed}, later ones a replay. */
  public Redemption redeem(String codeDigest) {
    return updateIf(
            codeDigest,
            "SET redeemed = :t",
            "attribute_exists(code_digest) AND redeemed = :f",
            Map.of(),
            Map.of(":t", AttributeValue.fromBool(true), ":f", AttributeValue.fromBool(false)))
        .<Redemption>map(item -> new Redemption.Redeemed(code(item)))
        .orElseGet(
            () ->
                get(codeDigest)
                    .<Redemption>map(item -> new Redemption.Replayed(code(item)))
                    .orElseGet(Redemption.Unknown::new));
  }

  private static AuthorizationCode code(Items item) {
    return new AuthorizationCode(
        item.string("code_digest"),
        item.string("client_id"),
        item.string("redirect_uri"),
        item.string("code_challenge"),
        item.scopes("scopes"),
        item.string("resource"),
        item.string("subject"),
        item.strings("groups"),
        item.instant("authenticated_at"),
        item.instant("expires_at"),
        item.string("family_id"));
  }
}
