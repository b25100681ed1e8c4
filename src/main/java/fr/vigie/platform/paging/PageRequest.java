package fr.vigie.platform.paging;

import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Paging and sorting query parameters shared by every list endpoint: {@code page} (0–{@value
 * #MAX_PAGE}), {@code size} (1–{@value #MAX_SIZE}) and {@code sort}, a comma-separated list of
 * distinct fields, each optionally prefixed by {@code -} for descending order. The bounds keep
 * {@code page × size} far inside an {@code int}.
 */
public class PageRequest {

  public static final int MAX_SIZE = 200;
  public static final int MAX_PAGE = 1_000_000;

  @QueryParam("page")
  @DefaultValue("0")
  @Min(value = 0, message = "{vigie.page.range}")
  @Max(value = MAX_PAGE, message = "{vigie.page.range}")
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

  /** The index of the page's first item; {@code page} and {@code size} are bounded, so it fits. */
  public int offset() {
    return Math.toIntExact((long) page * size);
  }

  /**
   * The requested order as (field, ascending) pairs, checked against the sortable fields of the
   * resource. An empty element ({@code sort=,}, {@code sort=-}), an unknown field or a field given
   * twice is a 400 on {@code sort} that lists the allowed fields.
   */
  public List<Order> orders(Collection<String> sortable, String defaultSort) {
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    String allowed = String.join(", ", new TreeSet<>(sortable));
    List<Order> orders = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : spec.split(",", -1)) {
      String token = raw.trim();
      boolean descending = token.startsWith("-");
      String field = (descending ? token.substring(1) : token).trim();
      if (field.isEmpty()) {
        throw ProblemException.invalid("sort", Messages.get("vigie.sort.empty", allowed));
      }
      if (!sortable.contains(field)) {
        throw ProblemException.invalid("sort", Messages.get("vigie.sort.unknown", field, allowed));
      }
      if (!seen.add(field)) {
        throw ProblemException.invalid("sort", Messages.get("vigie.sort.repeated", field, allowed));
      }
      orders.add(new Order(field, !descending));
    }
    return orders;
  }

  public record Order(String field, boolean ascending) {}
}
