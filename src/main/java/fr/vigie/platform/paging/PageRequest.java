package fr.vigie.platform.paging;

import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Paging and sorting query parameters shared by every list endpoint: {@code page} (from 0), {@code
 * size} (1–{@value #MAX_SIZE}) and {@code sort}, a comma-separated list of fields, each optionally
 * prefixed by {@code -} for descending order.
 */
public class PageRequest {

  public static final int MAX_SIZE = 200;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "{vigie.page.min}")
  private int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(value = 1, message = "{vigie.size.range}")
  @Max(value = MAX_SIZE, message = "{vigie.size.range}")
  private int size = 20;

  @QueryParam("sort")
  private String sort;

  public PageRequest() {}

  public PageRequest(int page, int size, String sort) {
    this.page = page;
    this.size = size;
    this.sort = sort;
  }

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public int offset() {
    return page * size;
  }

  /**
   * The requested order as (JPQL path, ascending) pairs, checked against the sortable fields of the
   * resource ({@code api name → JPQL path}); an unknown field is a 400 on {@code sort}.
   */
  public List<Order> orders(Map<String, String> sortable, String defaultSort) {
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    List<Order> orders = new ArrayList<>();
    for (String raw : spec.split(",")) {
      String token = raw.trim();
      boolean descending = token.startsWith("-");
      String field = descending ? token.substring(1) : token;
      String path = sortable.get(field);
      if (path == null) {
        throw ProblemException.invalid(
            "sort", Messages.get("vigie.sort.unknown", field, String.join(", ", new java.util.TreeSet<>(sortable.keySet()))));
      }
      orders.add(new Order(path, !descending));
    }
    return orders;
  }

  public record Order(String path, boolean ascending) {}
}
