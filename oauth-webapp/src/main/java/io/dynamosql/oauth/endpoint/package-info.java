/** One thin REST resource per endpoint of the authorization server, and its application. */
package io.dynamosql.oauth.endpoint;
