/** The administrator's command line: users, API clients and signing keys. */
package io.dynamosql.oauth.admin;
