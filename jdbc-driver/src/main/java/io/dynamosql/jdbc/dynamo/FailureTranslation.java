package io.dynamosql.jdbc.dynamo;

import io.dynamosql.jdbc.error.SqlState;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.Crc32MismatchException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns what the AWS SDK throws, after its retries, into the driver's SQLExceptions: throttling and
 * 5xx → 40001 (transient), refused credentials or permissions → 28000, no such table → 42S02, an
 * endpoint that cannot be reached → 08001, a call or statement out of time → 57014 ({@link
 * java.sql.SQLTimeoutException}), a dropped connection or an answer cut short → 08006, a request
 * DynamoDB finds invalid (a key over its size limit, a number past 38 digits) → 22023. Messages
 * name the call, the table and where DynamoDB was looked for, never a credential.
 */
final class FailureTranslation {

  private static final Set<String> AUTHORIZATION_CODES =
      Set.of(
          "AccessDeniedException",
          "AccessDenied",
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "SignatureDoesNotMatch",
          "IncompleteSignature",
          "MissingAuthenticationToken",
          "MissingAuthenticationTokenException",
          "InvalidClientTokenId",
          "ExpiredToken",
          "ExpiredTokenException",
          "AuthFailure",
          "NotAuthorized");

  private static final Set<String> THROTTLING_CODES =
      Set.of(
          "ProvisionedThroughputExceededException",
          "ThrottlingException",
          "Throttling",
          "RequestLimitExceeded",
          "LimitExceededException");

  /** Where DynamoDB is: the endpoint override, or the region. */
  private final String location;

  private final int maxRetries;

  FailureTranslation(String location, int maxRetries) {
    this.location = location;
    this.maxRetries = maxRetries;
  }

  /**
   * @param call what was attempted, e.g. {@code "Scan of table 'orders'"}
   */
  SQLException translate(String call, SdkException failure) {
    if (failure instanceof ApiCallTimeoutException
        || failure instanceof ApiCallAttemptTimeoutException) {
      Optional<Throwable> unreachable = connectFailure(failure);
      if (unreachable.isPresent()) {
        // Out of time while retrying a connection that kept failing: DynamoDB is unreachable.
        return SqlState.UNABLE_TO_CONNECT.exception(
            "Cannot reach DynamoDB at " + location + " for " + call + ": " + unreachable.get(),
            failure);
      }
      return SqlState.QUERY_TIMEOUT.exception(
          "DynamoDB "
              + call
              + " ran out of time (connection property requestTimeout, or the statement's query"
              + " timeout): "
              + failure.getMessage(),
          failure);
    }
    if (failure instanceof AwsServiceException service) {
      return service(call, service);
    }
    if (failure instanceof AbortedException) {
      return SqlState.QUERY_CANCELLED.exception("DynamoDB " + call + " was interrupted", failure);
    }
    return client(call, failure);
  }

  /**
   * Whether the failure is an answer whose body did not match DynamoDB's CRC32 (cut short or
   * corrupted on the way). The standard retry strategy does not retry it (seen: one attempt), so
   * the client adds this condition; causes are searched in case the SDK wraps it.
   */
  static boolean truncatedAnswer(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof Crc32MismatchException) {
        return true;
      }
    }
    return false;
  }

  /**
   * A failure to open a connection (unknown host, refused, no route, connect timeout) in the
   * failure, its causes, or the failures of earlier attempts the SDK attaches as suppressed.
   */
  private static Optional<Throwable> connectFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException
          || cause instanceof ConnectException
          || cause instanceof NoRouteToHostException
          || (cause instanceof SocketTimeoutException
              && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect"))) {
        return Optional.of(cause);
      }
      for (Throwable earlier : cause.getSuppressed()) {
        Optional<Throwable> found = connectFailure(earlier);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private SQLException service(String call, AwsServiceException failure) {
    String code =
        failure.awsErrorDetails() == null
            ? ""
            : String.valueOf(failure.awsErrorDetails().errorCode());
    String message =
        failure.awsErrorDetails() == null || failure.awsErrorDetails().errorMessage() == null
            ? failure.getMessage()
            : failure.awsErrorDetails().errorMessage();
    String detail = code + " (HTTP " + failure.statusCode() + "): " + message;
    if (AUTHORIZATION_CODES.contains(code) || failure.statusCode() == 403) {
      return SqlState.INVALID_AUTHORIZATION.exception(
          "DynamoDB refused " + call + " at " + location + ": " + detail, failure);
    }
    if (code.equals("ResourceNotFoundException")) {
      return SqlState.TABLE_NOT_FOUND.exception(
          "DynamoDB " + call + " failed: the table does not exist at " + location + ": " + message,
          failure);
    }
    if (code.equals("ValidationException")) {
      // The statement asked for something DynamoDB cannot hold (a key over 2,048 bytes, a sort
      // key over 1,024, a number past 38 digits): the value is the problem, not the connection.
      return SqlState.INVALID_PARAMETER_VALUE.exception(
          "DynamoDB refused a value in " + call + ": " + message, failure);
    }
    if (failure.isThrottlingException()
        || THROTTLING_CODES.contains(code)
        || failure.statusCode() >= 500) {
      return SqlState.THROTTLED.exception(
          "DynamoDB "
              + call
              + " still failed after "
              + maxRetries
              + " retries (connection property maxRetries); try again later: "
              + detail,
          failure);
    }
    return SqlState.GENERAL_ERROR.exception(
        "DynamoDB rejected " + call + " at " + location + ": " + detail, failure);
  }

  private SQLException client(String call, SdkException failure) {
    String text = String.valueOf(failure.getMessage());
    if (text.contains("Unable to load credentials") || text.contains("contained no credentials")) {
      // The SDK appends a summary of the whole profile file; the first clause says what is wrong.
      int summary = text.indexOf(": ProfileFile(");
      return SqlState.INVALID_AUTHORIZATION.exception(
          "No AWS credentials for "
              + call
              + " ("
              + (summary > 0 ? text.substring(0, summary) : text)
              + "): set user (access key id) and password (secret access key), a profile that"
              + " has keys, or configure the AWS default credentials chain",
          failure);
    }
    Optional<Throwable> unreachable = connectFailure(failure);
    if (unreachable.isPresent()) {
      return SqlState.UNABLE_TO_CONNECT.exception(
          "Cannot reach DynamoDB at " + location + " for " + call + ": " + unreachable.get(),
          failure);
    }
    if (truncatedAnswer(failure)) {
      return SqlState.CONNECTION_FAILURE.exception(
          "The answer of DynamoDB at "
              + location
              + " to "
              + call
              + " arrived cut short or corrupted (CRC32 mismatch), also when retried (connection"
              + " property maxRetries="
              + maxRetries
              + "); try again",
          failure);
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return SqlState.QUERY_TIMEOUT.exception(
            "DynamoDB at " + location + " did not answer " + call + " in time: " + cause, failure);
      }
      if (cause instanceof InterruptedException || cause instanceof InterruptedIOException) {
        return SqlState.QUERY_CANCELLED.exception("DynamoDB " + call + " was interrupted", failure);
      }
      if (cause instanceof IOException) {
        return SqlState.CONNECTION_FAILURE.exception(
            "The connection to DynamoDB at " + location + " failed during " + call + ": " + cause,
            failure);
      }
    }
    if (failure instanceof SdkClientException && text.contains("Unable to load region")) {
      return SqlState.CONNECTION_REJECTED.exception(
          "No AWS region: set the connection property 'region'", failure);
    }
    return SqlState.GENERAL_ERROR.exception("DynamoDB " + call + " failed: " + text, failure);
  }
}
