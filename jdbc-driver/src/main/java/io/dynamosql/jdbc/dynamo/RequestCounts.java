package io.dynamosql.jdbc.dynamo;

import java.time.Duration;

/**
 * What one DynamoDB client's requests met over the recent window: how many API calls were made, how
 * many attempts the SDK retried, how many attempts DynamoDB throttled, and how many calls still
 * failed after the retries because DynamoDB or the way to it failed (5xx, I/O). Throttled calls are
 * not failed ones: throttling is a property of the table, not of the instance.
 *
 * @param requests API calls completed in the window, successful or not
 * @param retries attempts after a call's first
 * @param throttled attempts DynamoDB answered with throttling (CloudWatch's {@code
 *     ThrottledRequests} counts the same way: every refused attempt)
 * @param failed calls that failed after their retries for a reason other than throttling, a timeout
 *     or a refusal of the request itself (no such table, invalid value, access denied, cancelled)
 * @param window how far back the counts reach
 */
public record RequestCounts(
    long requests, long retries, long throttled, long failed, Duration window) {}
