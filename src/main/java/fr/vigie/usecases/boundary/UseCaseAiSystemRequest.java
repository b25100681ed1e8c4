package fr.vigie.usecases.boundary;

import fr.vigie.aisystems.boundary.AiSystemRequest;
import fr.vigie.aisystems.entity.AiActRole;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AutomationLevel;
import fr.vigie.aisystems.entity.DataLocation;
import fr.vigie.aisystems.entity.DpiaStatus;
import fr.vigie.aisystems.entity.Hosting;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.platform.validation.MultiLine;
import fr.vigie.usecases.entity.UseCase;
import fr.vigie.usecases.entity.UseCaseStage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;

/**
 * Body of POST /api/use-cases/{id}/ai-system: what the register needs and a card does not say. Only
 * the accountable owner is required; everything else is prefilled from the card or defaults to the
 * prudent value, to be qualified in the register afterwards (see {@link #prefill}).
 */
public class UseCaseAiSystemRequest {

  @NotBlank @Size(max = 200) public String accountableOwner;
  @Size(max = 200) public String supplier;
  public AiActRoute aiActRoute;
  @MultiLine @Size(max = 4000) public String aiActJustification;
  public MedicalDeviceClass medicalDeviceClass;
  public AutomationLevel automationLevel;
  public Boolean personalData;
  public Boolean healthData;

  /**
   * The register entry prefilled from the card: name = title; short description = the title (the
   * register's 350 characters); intended purpose = proposed solution, then the irritant it answers;
   * category, tags; responsible service = the first affected service; lifecycle status from the
   * stage (IDEA before study, DESIGN in study and development, PILOT in test, PRODUCTION after).
   * Defaults where the card says nothing: in-house unless a supplier is given, not self-learning,
   * decision support, not a medical device, deployer, AI Act route MINIMAL with a justification
   * saying it is to be qualified, personal and health data assumed (DPIA required, not started),
   * hosted on premises in France.
   */
  AiSystemRequest prefill(UseCase u) {
    var s = new AiSystemRequest();
    s.name = cut(u.getTitle(), 150);
    s.shortDescription = cut(u.getTitle(), 350);
    String purpose = (u.getProposedSolution() == null ? "" : u.getProposedSolution() + "\n\n")
        + "Irritant : " + u.getIrritant();
    s.intendedPurpose = cut(purpose, 4000);
    s.tags = new ArrayList<>(u.getTags());
    s.responsibleService = u.getServices().isEmpty() ? null : cut(u.getServices().get(0), 200);
    s.accountableOwner = accountableOwner;
    s.category = u.getCategory();
    s.supplier = supplier;
    s.inHouse = supplier == null || supplier.isBlank();
    s.selfLearning = false;
    s.automationLevel = automationLevel == null ? AutomationLevel.DECISION_SUPPORT : automationLevel;
    s.medicalDeviceClass = medicalDeviceClass == null ? MedicalDeviceClass.NOT_MEDICAL_DEVICE : medicalDeviceClass;
    s.aiActRole = AiActRole.DEPLOYER;
    s.aiActRoute = aiActRoute == null ? AiActRoute.MINIMAL : aiActRoute;
    s.aiActJustification = aiActJustification == null || aiActJustification.isBlank()
        ? "À qualifier : fiche créée depuis le cas d'usage n° " + u.getId() + "." : aiActJustification;
    s.personalData = personalData == null ? Boolean.TRUE : personalData;
    s.healthData = healthData == null ? Boolean.valueOf(s.personalData) : healthData;
    s.hosting = Hosting.ON_PREMISES;
    s.dataLocation = DataLocation.FRANCE;
    s.dpiaStatus = s.personalData ? DpiaStatus.REQUIRED_NOT_STARTED : DpiaStatus.NOT_REQUIRED;
    s.status = status(u.getStage());
    return s;
  }

  static LifecycleStatus status(UseCaseStage stage) {
    return switch (stage) {
      case STUDY, DEVELOPMENT -> LifecycleStatus.DESIGN;
      case TEST -> LifecycleStatus.PILOT;
      case PRODUCTION -> LifecycleStatus.PRODUCTION;
      case RETIRED -> LifecycleStatus.RETIRED;
      default -> LifecycleStatus.IDEA;
    };
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

}
