/**
 * The authorization server's own state in DynamoDB (the only user of the AWS SDK in this module):
 * users, API clients, registered clients, authorization codes, refresh-token families, pending
 * authorizations and signing keys. Single use and rotation are conditional writes; expiry is
 * checked on read and DynamoDB TTL purges the rest.
 */
package io.dynamosql.oauth.store;
