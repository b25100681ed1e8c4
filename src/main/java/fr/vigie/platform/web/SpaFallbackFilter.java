package fr.vigie.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deep links of the single-page app (e.g. {@code /registre/12}) are answered with {@code
 * index.html}. Only GETs that the container would give to its static-file servlet, with no file
 * behind them and no dot in the last segment, are forwarded: {@code /api}, {@code /openapi} and
 * {@code /health} keep their own servlets. Declared in {@code web.xml}, after {@link HttpGuard}, so
 * that the pages it serves carry the security headers too.
 */
public class SpaFallbackFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(req.getMethod()) && isSpaRoute(req)) {
      res.setHeader("Cache-Control", "no-cache");
      req.getRequestDispatcher("/index.html").forward(req, res);
      return;
    }
    if (req.getRequestURI().startsWith(req.getContextPath() + "/assets/")) {
      res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    }
    chain.doFilter(req, res);
  }

  private boolean isSpaRoute(HttpServletRequest req) throws java.net.MalformedURLException {
    var mapping = req.getHttpServletMapping();
    if (mapping == null || !"default".equals(mapping.getServletName())) {
      return false;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.isEmpty() || "/".equals(path) || "/index.html".equals(path)) {
      return false;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.contains(".")) {
      return false;
    }
    return getServletContext().getResource(path) == null;
  }
}
