package io.dynamosql.oauth.store;

import java.time.Instant;

/** A signing key pair as a private JWK in JSON, shared by every instance. */
public record StoredSigningKey(String kid, String privateJwk, Instant createdAt) {}
