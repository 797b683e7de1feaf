/** OAuth error codes with their HTTP status and the one renderer of error responses. */
package io.dynamosql.oauth.error;
