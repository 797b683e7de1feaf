/**
 * Access tokens and their keys: JWT signing and the published JWK set (the only user of the JOSE
 * library in this module).
 */
package io.dynamosql.oauth.token;
