package io.dynamosql.mcp.body;

import jakarta.servlet.ServletRequest;

/**
 * A request body as {@link BodyFilter} read it: all of it, or none of it because it is larger than
 * the configured limit. The filter is the one place the limit is applied; each API renders the
 * refusal in its own error format.
 */
public sealed interface RequestBody {

  /** The request attribute under which {@link BodyFilter} leaves the body. */
  String ATTRIBUTE = "io.dynamosql.mcp.body";

  /** The whole body. */
  record Complete(byte[] bytes) implements RequestBody {}

  /**
   * A body of more than {@code limit} bytes, refused unread (or as soon as it passed the limit).
   */
  record TooLarge(int limit) implements RequestBody {}

  /** {@code bytes} as a body under {@code limit}. */
  static RequestBody of(byte[] bytes, int limit) {
    return bytes.length > limit ? new TooLarge(limit) : new Complete(bytes);
  }

  /**
   * The body {@link BodyFilter} read for this request.
   *
   * @throws IllegalStateException when the filter did not run, which is a deployment defect: a
   *     resource reading the stream itself would wait on slow clients again
   */
  static RequestBody of(ServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof RequestBody body) {
      return body;
    }
    throw new IllegalStateException(
        "No request body: " + BodyFilter.class.getName() + " did not run");
  }
}
