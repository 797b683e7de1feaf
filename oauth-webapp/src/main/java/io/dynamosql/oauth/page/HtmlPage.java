package io.dynamosql.oauth.page;

/** A rendered page and the HTTP status it is sent with. */
public record HtmlPage(int status, String html) {}
