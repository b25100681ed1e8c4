package fr.vigie.monitoring.control;

import jakarta.ws.rs.QueryParam;

/** Filters of the alert list; all optional, combined with AND. */
public class AlertFilter {

  @QueryParam("aiSystemId")
  public Long aiSystemId;

  @QueryParam("lineId")
  public Long lineId;

  @QueryParam("status")
  public AlertStatusFilter status;
}
