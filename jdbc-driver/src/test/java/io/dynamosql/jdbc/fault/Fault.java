package io.dynamosql.jdbc.fault;

import io.dynamosql.jdbc.support.ProxyExchange;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** What the {@link FaultProxy} does to one DynamoDB call instead of passing it through. */
sealed interface Fault {

  /** Answers (or fails to answer) the driver's call. */
  void inflict(ProxyExchange exchange) throws IOException;

  /** HTTP 400 ProvisionedThroughputExceededException, as DynamoDB throttles a table. */
  record Throttle() implements Fault {
    @Override
    public void inflict(ProxyExchange exchange) throws IOException {
      error(
          exchange,
          400,
          "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
          "The level of configured provisioned throughput for the table was exceeded."
              + " Consider increasing your provisioning level with the UpdateTable API.");
    }
  }

  /** HTTP 500 InternalServerError or 503 ServiceUnavailable, with DynamoDB's JSON body. */
  record ServerError(int status) implements Fault {
    @Override
    public void inflict(ProxyExchange exchange) throws IOException {
      if (status == 503) {
        error(exchange, 503, "com.amazonaws.dynamodb.v20120810#ServiceUnavailable", "Unavailable");
      } else {
        error(
            exchange,
            status,
            "com.amazonaws.dynamodb.v20120810#InternalServerError",
            "Internal server error");
      }
    }
  }

  /** HTTP 400 AccessDeniedException: not retryable. */
  record AccessDenied() implements Fault {
    @Override
    public void inflict(ProxyExchange exchange) throws IOException {
      error(
          exchange,
          400,
          "com.amazon.coral.service#AccessDeniedException",
          "User: arn:aws:iam::000000000000:user/reader is not authorized to perform: dynamodb:"
              + exchange.operation());
    }
  }

  /** The call reaches DynamoDB, but its answer comes {@code delay} late. */
  record Slow(Duration delay) implements Fault {
    @Override
    public void inflict(ProxyExchange exchange) throws IOException {
      HttpResponse<byte[]> answer = exchange.forward();
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        // The proxy is closing.
        Thread.currentThread().interrupt();
        exchange.drop();
        return;
      }
      exchange.reply(answer);
    }
  }

  /** The connection is closed without an answer. */
  record Drop() implements Fault {
    @Override
    public void inflict(ProxyExchange exchange) {
      exchange.drop();
    }
  }

  /** DynamoDB's answer with its full Content-Length announced but only half the body sent. */
  record Truncate() implements Fault {
    @Override
    public void inflict(ProxyExchange exchange) throws IOException {
      HttpResponse<byte[]> answer = exchange.forward();
      exchange.replyTruncated(answer, answer.body().length / 2);
    }
  }

  /** DynamoDB's JSON error body: {@code __type} names the error the SDK maps to its exception. */
  private static void error(ProxyExchange exchange, int status, String type, String message)
      throws IOException {
    String body = "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}";
    exchange.reply(
        status,
        Map.of("Content-Type", "application/x-amz-json-1.0"),
        body.getBytes(StandardCharsets.UTF_8));
  }
}
