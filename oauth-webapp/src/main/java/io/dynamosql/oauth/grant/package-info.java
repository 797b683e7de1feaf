/**
 * The token endpoint's grants, one handler each, and the scope, resource and refresh-token rules
 * they share.
 */
package io.dynamosql.oauth.grant;
