package fr.vigie.incidents.control;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.IncidentHarm;
import java.util.Optional;
import java.util.function.Predicate;

/** The conditions a rule row names in its {@code predicate} column (docs/computations.md, incident routing). */
public enum RulePredicate {
  AI_ACT_SERIOUS_ANNEX_III(f -> f.route() == AiActRoute.HIGH_RISK_ANNEX_III && f.aiActSerious()),
  AI_ACT_SERIOUS_ANNEX_I(f -> f.route() == AiActRoute.HIGH_RISK_ANNEX_I && f.aiActSerious()),
  AI_ACT_SERIOUS_ANNEX_III_DEPLOYER(f -> AI_ACT_SERIOUS_ANNEX_III.test(f) && f.deployer()),
  AI_ACT_SERIOUS_ANNEX_I_DEPLOYER(f -> AI_ACT_SERIOUS_ANNEX_I.test(f) && f.deployer()),
  /** Art. 73(4): a death; not for device AI, whose harm to health goes through device vigilance. */
  AI_ACT_DEATH_ANNEX_III(f -> f.route() == AiActRoute.HIGH_RISK_ANNEX_III && !f.device()
      && f.health() == HealthConsequence.DEATH),
  AI_ACT_DEATH_ANNEX_I(f -> f.route() == AiActRoute.HIGH_RISK_ANNEX_I && !f.device()
      && f.health() == HealthConsequence.DEATH),
  /** Art. 73(3): a widespread infringement, or a 3(49)(b) disruption of critical infrastructure (not device AI). */
  AI_ACT_WIDESPREAD_ANNEX_III(f -> f.route() == AiActRoute.HIGH_RISK_ANNEX_III
      && (f.widespreadInfringement() || (!f.device() && f.criticalInfrastructure()))),
  AI_ACT_WIDESPREAD_ANNEX_I(f -> f.route() == AiActRoute.HIGH_RISK_ANNEX_I
      && (f.widespreadInfringement() || (!f.device() && f.criticalInfrastructure()))),
  /** CSP L5212-2: a medical device (MDR class) and a death or serious deterioration of health. */
  DEVICE_SERIOUS_MDR(f -> f.mdrDevice() && f.healthHarm()),
  DEVICE_SERIOUS_IVDR(f -> f.ivdrDevice() && f.healthHarm()),
  PERSONAL_DATA_BREACH(RoutingFacts::personalDataBreach),
  IS_SECURITY_INCIDENT(RoutingFacts::securityIncident),
  /** EIAS: harm to a patient. */
  PATIENT_HARM(f -> f.harm() == IncidentHarm.PATIENT),
  /** EIGS: harm to a patient with death or serious deterioration of health. */
  PATIENT_SERIOUS_HARM(f -> f.harm() == IncidentHarm.PATIENT && f.healthHarm());

  private final Predicate<RoutingFacts> condition;

  RulePredicate(Predicate<RoutingFacts> condition) {
    this.condition = condition;
  }

  public boolean test(RoutingFacts facts) {
    return condition.test(facts);
  }

  public static Optional<RulePredicate> named(String code) {
    for (RulePredicate p : values()) {
      if (p.name().equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
