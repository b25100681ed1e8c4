package fr.vigie.platform.problem;

import java.io.IOException;

/**
 * A request body went past its limit while it was being read (a body sent without a {@code
 * Content-Length}); answered 413 wherever it surfaces, however wrapped.
 */
public class PayloadTooLargeException extends IOException {

  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("request body larger than " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  /** The problem's detail, for the caller. */
  public static String detail(long limitBytes) {
    return "The request body is larger than " + limitBytes / (1024 * 1024) + " MB.";
  }

  public String detail() {
    return detail(limitBytes);
  }
}
