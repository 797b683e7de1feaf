package io.dynamosql.oauth.consent;

/** An authorization request that breaks a rule; carries where the refusal goes. */
final class RejectedRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  RejectedRequest(Rejection rejection) {
    super(null, null, false, false);
    this.rejection = rejection;
  }

  Rejection rejection() {
    return rejection;
  }
}
