package fr.vigie.platform.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Request count and latency of every API endpoint, as the application timer {@value #NAME}
 * (Prometheus: {@code vigie_http_requests_seconds_count}, {@code _sum}, {@code _max} and
 * quantiles) tagged with the method, the endpoint's path template (e.g. {@code
 * /ai-systems/{id}}, never the actual ids) and the status class ({@code 2xx}…{@code 5xx}). Served
 * at {@code /metrics} (alone: {@code /metrics?scope=application}).
 */
@Provider
@Dependent
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  static final String NAME = "vigie_http_requests";
  private static final String STARTED = RequestMetrics.class.getName() + ".started";
  private static final Metadata METADATA =
      Metadata.builder()
          .withName(NAME)
          .withDescription("API requests by method, endpoint and status class")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();
  /**
   * Timers by resource method, HTTP method and status class: found without building a key string
   * or reading the matched templates again on every request.
   */
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  private record Key(ResourceMethod endpoint, String method, int statusClass) {}

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    long elapsed = System.nanoTime() - started;
    ResourceMethod endpoint =
        request.getUriInfo() instanceof ExtendedUriInfo info ? info.getMatchedResourceMethod() : null;
    Key key = new Key(endpoint, request.getMethod(), response.getStatus() / 100);
    timers.computeIfAbsent(key, k -> timer(k, template(request))).update(Duration.ofNanos(elapsed));
  }

  private Timer timer(Key key, String endpoint) {
    return registry.timer(
        METADATA,
        new Tag("method", key.method()),
        new Tag("endpoint", endpoint),
        new Tag("status", key.statusClass() + "xx"));
  }

  /** The matched resource's path template, or "unmatched" (404s: no id-like cardinality). */
  static String template(ContainerRequestContext request) {
    if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
      return "unmatched";
    }
    List<org.glassfish.jersey.uri.UriTemplate> templates = info.getMatchedTemplates();
    if (templates.isEmpty()) {
      return "unmatched";
    }
    StringBuilder path = new StringBuilder();
    for (int i = templates.size() - 1; i >= 0; i--) {
      String part = templates.get(i).getTemplate();
      if (part.isEmpty() || part.equals("/")) {
        continue;
      }
      if (part.charAt(0) != '/') {
        path.append('/');
      }
      path.append(part.endsWith("/") ? part.substring(0, part.length() - 1) : part);
    }
    return path.isEmpty() ? "/" : path.toString();
  }
}
