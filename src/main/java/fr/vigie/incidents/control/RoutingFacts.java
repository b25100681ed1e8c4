package fr.vigie.incidents.control;

import fr.vigie.aisystems.entity.AiActRole;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.IncidentHarm;
import java.util.Objects;

/** What the routing reads: the incident's qualification and the AI system's regulatory fields. */
public record RoutingFacts(
    IncidentHarm harm,
    HealthConsequence health,
    boolean personalDataBreach,
    boolean securityIncident,
    boolean widespreadInfringement,
    boolean criticalInfrastructure,
    AiActRoute route,
    AiActRole role,
    MedicalDeviceClass deviceClass) {

  public RoutingFacts {
    Objects.requireNonNull(harm, "harm");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(deviceClass, "deviceClass");
  }

  boolean device() {
    return deviceClass.isMedicalDevice();
  }

  boolean mdrDevice() {
    return deviceClass.name().startsWith("MDR_");
  }

  boolean ivdrDevice() {
    return deviceClass.name().startsWith("IVDR_");
  }

  boolean healthHarm() {
    return health != HealthConsequence.NONE;
  }

  /**
   * A serious incident in the sense of AI Act Art. 3(49): (a) death or serious harm to health, (b) serious and
   * irreversible disruption of critical infrastructure, (c) infringement of fundamental-rights obligations (harm to
   * rights, or a widespread infringement). For device AI only point (c) counts (Art. 73(10)): its harm to health goes
   * through device vigilance. (d) serious harm to property or the environment is not inferred from a PROPERTY harm:
   * its seriousness is the declarant's call (docs/computations.md).
   */
  boolean aiActSerious() {
    boolean rights = harm == IncidentHarm.RIGHTS || widespreadInfringement;
    if (device()) {
      return rights;
    }
    return rights || healthHarm() || criticalInfrastructure;
  }

  boolean deployer() {
    return role == AiActRole.DEPLOYER;
  }
}
