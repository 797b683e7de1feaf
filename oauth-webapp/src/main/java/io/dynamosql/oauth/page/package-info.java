/**
 * The server-rendered pages of the authorization flow (login, consent, problem) and their
 * stylesheet: Mustache templates, which escape every value, behind one class.
 */
package io.dynamosql.oauth.page;
