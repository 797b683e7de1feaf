/** Typed settings of the authorization server, read once from MicroProfile Config. */
package io.dynamosql.oauth.config;
