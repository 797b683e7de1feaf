package io.dynamosql.bench.load;

/** An API client's id and the secret the admin command printed. */
record ClientCredentials(String id, String secret) {}
