package io.dynamosql.jdbc.dynamo;

import java.util.List;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Counts what each API call of the driver's DynamoDB client met into a {@link RequestWindow}. The
 * SDK hands every finished call to its metric publishers with one child collection per attempt,
 * each naming its error type ({@code Throttling}, {@code ServerError}, {@code ConfiguredTimeout},
 * {@code IO}, {@code Other}), so throttled attempts are seen even when a retry succeeds; the
 * counting is a few list reads per call, never per item.
 */
final class RequestOutcomes implements MetricPublisher {

  /** The SDK's name for the child collection of one attempt. */
  private static final String ATTEMPT = "ApiCallAttempt";

  private final RequestWindow window;

  RequestOutcomes(RequestWindow window) {
    this.window = window;
  }

  @Override
  public void publish(MetricCollection call) {
    List<MetricCollection> attempts =
        call.children().stream().filter(child -> ATTEMPT.equals(child.name())).toList();
    int throttled = 0;
    for (MetricCollection attempt : attempts) {
      if (attempt.metricValues(CoreMetric.ERROR_TYPE).contains("Throttling")) {
        throttled++;
      }
    }
    List<Integer> retryCount = call.metricValues(CoreMetric.RETRY_COUNT);
    int retries =
        retryCount.isEmpty() ? Math.max(0, attempts.size() - 1) : retryCount.get(0).intValue();
    boolean failed =
        !call.metricValues(CoreMetric.API_CALL_SUCCESSFUL).contains(Boolean.TRUE)
            && !attempts.isEmpty()
            && brokenPath(attempts.get(attempts.size() - 1));
    window.record(retries, throttled, failed);
  }

  /**
   * Whether the last attempt of a failed call failed because DynamoDB or the way to it did: an I/O
   * failure, a 5xx, or a 2xx answer the SDK could not use (cut short, CRC32 mismatch). Not:
   * throttling (counted apart), a 4xx refusal of the request (the caller's table or value, or
   * permissions that every instance shares), a cancelled call, or a call out of time: the time is
   * often the statement's own query timeout, which a caller could spend on purpose to take
   * instances out, and a DynamoDB that does not answer at all already fails the readiness ping.
   */
  private static boolean brokenPath(MetricCollection attempt) {
    List<String> errors = attempt.metricValues(CoreMetric.ERROR_TYPE);
    if (errors.contains("Throttling") || errors.contains("ConfiguredTimeout")) {
      return false;
    }
    if (errors.contains("IO")) {
      return true;
    }
    List<Integer> status = attempt.metricValues(HttpMetric.HTTP_STATUS_CODE);
    return !status.isEmpty() && (status.get(0) >= 500 || status.get(0) < 300);
  }

  @Override
  public void close() {
    // Nothing held: the window lives as long as its client.
  }
}
