package fr.vigie.monitoring.boundary;

import fr.vigie.monitoring.control.LogBase;
import fr.vigie.monitoring.control.ZoneRule;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Query parameters of a check posted as CSV: what a JSON check carries besides its rows. Dates and numbers are
 * read as text and checked by the service, so a bad value is a 400 naming the parameter.
 */
public class CsvCheckQuery {

  @Parameter(description = "First day of the checked period (YYYY-MM-DD)", required = true)
  @QueryParam("periodStart") public String periodStart;

  @Parameter(description = "Last day of the checked period (YYYY-MM-DD)", required = true)
  @QueryParam("periodEnd") public String periodEnd;

  @Parameter(description = "Control charts: centre line (with sigma; else estimated from the reference rows)")
  @QueryParam("mu0") public String mu0;

  @Parameter(description = "Control charts: sigma (with mu0)")
  @QueryParam("sigma") public String sigma;

  @Parameter(description = "Two-proportion z: the category whose share is compared")
  @QueryParam("zCategory") public String zCategory;

  @Parameter(description = "χ² contingency: Yates' correction when dof = 1 (default true)")
  @QueryParam("yates") public Boolean yates;

  @Parameter(description = "Jensen-Shannon: base of the distance (default E)")
  @QueryParam("logBase") public LogBase logBase;

  @Parameter(description = "Western Electric: convention of zone rules 2 and 3")
  @QueryParam("westernElectricZoneRule") public ZoneRule westernElectricZoneRule;
}
