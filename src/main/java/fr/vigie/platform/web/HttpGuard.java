package fr.vigie.platform.web;

import fr.vigie.platform.problem.PayloadTooLargeException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.text.ParseException;
import java.util.Set;
import org.glassfish.jersey.message.internal.HttpHeaderReader;

/**
 * The first filter of every request (declared first in {@code web.xml}): the security headers of
 * every answer, and the request mistakes that would otherwise get the container's or Jersey's
 * empty answers, refused here as problem+json:
 *
 * <ul>
 *   <li>a method other than GET, HEAD, POST, PUT, DELETE and OPTIONS (TRACE included): 405;
 *   <li>an address (path and query) longer than {@value #MAX_URL_LENGTH} characters: 414;
 *   <li>a {@code Content-Type} or {@code Accept} header that cannot be read, with the parser
 *       Jersey itself uses: 400;
 *   <li>a body larger than {@value #MAX_BODY_BYTES} bytes: 413 from its {@code Content-Length},
 *       before anything is read, or when reading passes the limit for a body sent without one.
 * </ul>
 *
 * A failing health answer becomes problem+json too ({@link HealthAnswers}).
 */
public class HttpGuard extends HttpFilter {

  /** Largest request body accepted (JSON); uploads will have their own, documented limit. */
  public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
  /** Longest address (path and query string) accepted. */
  public static final int MAX_URL_LENGTH = 8 * 1024;

  static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");
  static final String ALLOW = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    SecurityHeaders.apply(path, res);
    if (!METHODS.contains(req.getMethod())) {
      res.setHeader("Allow", ALLOW);
      ServletProblems.write(res, ProblemType.METHOD_NOT_ALLOWED, "This method is not supported here.");
      return;
    }
    String query = req.getQueryString();
    if (req.getRequestURI().length() + (query == null ? 0 : query.length() + 1) > MAX_URL_LENGTH) {
      ServletProblems.write(
          res, ProblemType.URI_TOO_LONG, "The address is longer than " + MAX_URL_LENGTH + " characters.");
      return;
    }
    String refusal = unreadableHeader(req);
    if (refusal != null) {
      ServletProblems.write(res, ProblemType.MALFORMED_REQUEST, refusal);
      return;
    }
    long length = req.getContentLengthLong();
    if (length > MAX_BODY_BYTES) {
      ServletProblems.write(res, ProblemType.PAYLOAD_TOO_LARGE, tooLarge());
      return;
    }
    HttpServletRequest limited = length < 0 ? new LimitedBody(req) : req;
    if (HealthAnswers.isHealth(path)) {
      HealthAnswers.serve(limited, res, chain);
      return;
    }
    chain.doFilter(limited, res);
  }

  static String tooLarge() {
    return PayloadTooLargeException.detail(MAX_BODY_BYTES);
  }

  private static String unreadableHeader(HttpServletRequest req) {
    String contentType = req.getHeader("Content-Type");
    if (contentType != null) {
      try {
        MediaType type = MediaType.valueOf(contentType);
        if (type.getType().isBlank() || type.getSubtype().isBlank()) {
          return "The Content-Type header is not a media type; send application/json.";
        }
      } catch (IllegalArgumentException e) {
        return "The Content-Type header is not a media type; send application/json.";
      }
    }
    var accepts = req.getHeaders("Accept");
    while (accepts.hasMoreElements()) {
      try {
        HttpHeaderReader.readAcceptMediaType(accepts.nextElement());
      } catch (ParseException | IllegalArgumentException e) {
        return "The Accept header cannot be read (media types with weights q between 0 and 1).";
      }
    }
    return null;
  }

  /** A request whose body may not pass {@link #MAX_BODY_BYTES} while it is read. */
  private static final class LimitedBody extends HttpServletRequestWrapper {

    private ServletInputStream limited;

    LimitedBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        limited = new LimitedStream(super.getInputStream());
      }
      return limited;
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private long read;

    LimitedStream(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PayloadTooLargeException {
      read += n;
      if (read > MAX_BODY_BYTES) {
        throw new PayloadTooLargeException(MAX_BODY_BYTES);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
