/** Password hashing, secret digests, random secrets and PKCE: the server's cryptographic rules. */
package io.dynamosql.oauth.security;
