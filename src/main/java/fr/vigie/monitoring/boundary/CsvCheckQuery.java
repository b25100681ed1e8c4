package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.CheckCsv;
import fr.vigie.monitoring.control.CheckOptions;
import fr.vigie.monitoring.control.LogBase;
import fr.vigie.monitoring.control.ZoneRule;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.validation.DateRange;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters of a check posted as CSV: what a JSON check carries besides its rows. Dates and numbers are
 * read as text and checked by the service, so a bad value is a 400 naming the parameter. (No {@code @Parameter}
 * here: Payara 6's OpenAPI scanner fails on it on a bean parameter's field.)
 */
public class CsvCheckQuery {

  /** First day of the checked period (YYYY-MM-DD) (required). */
  @QueryParam("periodStart") public String periodStart;

  /** Last day of the checked period (YYYY-MM-DD) (required). */
  @QueryParam("periodEnd") public String periodEnd;

  /** Control charts: centre line (with sigma; else estimated from the reference rows). */
  @QueryParam("mu0") public String mu0;

  /** Control charts: sigma (with mu0). */
  @QueryParam("sigma") public String sigma;

  /** Two-proportion z: the category whose share is compared. */
  @QueryParam("zCategory") public String zCategory;

  /** χ² contingency: Yates' correction when dof = 1 (default true). */
  @QueryParam("yates") public Boolean yates;

  /** Jensen-Shannon: base of the distance (default E). */
  @QueryParam("logBase") public LogBase logBase;

  /** Western Electric: convention of zone rules 2 and 3. */
  @QueryParam("westernElectricZoneRule") public ZoneRule westernElectricZoneRule;

  /** The check these parameters describe, without its rows; a bad date or number is a 400 naming it. */
  CheckRequest toRequest() {
    CheckRequest request = new CheckRequest();
    List<Violation> violations = new ArrayList<>();
    request.periodStart = date(periodStart, "periodStart", violations);
    request.periodEnd = date(periodEnd, "periodEnd", violations);
    request.mu0 = number(mu0, "mu0", violations);
    request.sigma = number(sigma, "sigma", violations);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (zCategory != null || yates != null || logBase != null || westernElectricZoneRule != null) {
      request.options = new CheckOptions(zCategory, yates, logBase, westernElectricZoneRule);
    }
    return request;
  }

  private static LocalDate date(String value, String field, List<Violation> violations) {
    try {
      LocalDate date = value == null ? null : LocalDate.parse(value.trim());
      if (date != null && DateRange.accepts(date)) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    violations.add(new Violation(field, Messages.get("vigie.csv.date")));
    return null;
  }

  private static Double number(String value, String field, List<Violation> violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Double parsed = CheckCsv.decimal(value.trim(), true);
    if (parsed != null && !parsed.isInfinite()) {
      return parsed;
    }
    violations.add(new Violation(field, Messages.get("vigie.json.number")));
    return null;
  }
}
