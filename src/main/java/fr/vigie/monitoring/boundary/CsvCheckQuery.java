package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.LogBase;
import fr.vigie.monitoring.control.ZoneRule;
import jakarta.ws.rs.QueryParam;

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
}
