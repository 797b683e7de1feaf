/**
 * The browser side of the authorization code flow: the authorization request's rules, the person's
 * login and consent, and the response sent back to the client's redirect URI.
 */
package io.dynamosql.oauth.consent;
