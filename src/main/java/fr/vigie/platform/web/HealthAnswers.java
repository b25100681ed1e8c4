package fr.vigie.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.platform.json.JsonConfiguration;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * MicroProfile Health's answers ({@code /health}, {@code /health/live}, {@code /health/ready}): a
 * healthy one passes unchanged; a failing one (503) becomes a problem+json body, like every other
 * non-2xx answer, whose detail names each failing check and why.
 */
final class HealthAnswers {

  private HealthAnswers() {}

  static boolean isHealth(String path) {
    return path.equals("/health") || path.startsWith("/health/");
  }

  static void serve(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Captured captured = new Captured(res);
    chain.doFilter(req, captured);
    byte[] body = captured.body();
    if (captured.status < 400) {
      res.setContentLength(body.length);
      res.getOutputStream().write(body);
      return;
    }
    ServletProblems.write(res, ProblemType.SERVICE_UNAVAILABLE, captured.status, detail(body));
  }

  /** "Not ready: database (connection refused)." from the health answer's failing checks. */
  static String detail(byte[] healthJson) {
    List<String> failing = new ArrayList<>();
    try {
      JsonNode checks = JsonConfiguration.MAPPER.readTree(healthJson).path("checks");
      for (JsonNode check : checks) {
        if (!"UP".equals(check.path("status").asText())) {
          StringBuilder one = new StringBuilder(check.path("name").asText("?"));
          JsonNode data = check.path("data");
          if (data.isObject() && !data.isEmpty()) {
            List<String> values = new ArrayList<>();
            data.fields().forEachRemaining(e -> values.add(e.getKey() + ": " + e.getValue().asText()));
            one.append(" (").append(String.join(", ", values)).append(')');
          }
          failing.add(one.toString());
        }
      }
    } catch (IOException e) {
      // not the health JSON: the status alone says it
    }
    return failing.isEmpty() ? "Not ready." : "Not ready: " + String.join("; ", failing) + ".";
  }

  /** Keeps the health servlet's answer in memory (a few hundred bytes) until its status is known. */
  private static final class Captured extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int status = SC_OK;
    private PrintWriter writer;
    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("health answers are written synchronously");
          }
        };

    Captured(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) {
      status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
      status = sc;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void flushBuffer() {}

    byte[] body() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }
  }
}
