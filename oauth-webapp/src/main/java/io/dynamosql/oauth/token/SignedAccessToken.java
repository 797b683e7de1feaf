package io.dynamosql.oauth.token;

import java.time.Duration;

/** A serialised JWT access token and its lifetime, for the token response. */
public record SignedAccessToken(String value, Duration lifetime) {}
