package fr.vigie.usecases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The gains a use case is expected to bring, one free text per kind of gain in the staff's words. A
 * gain is expected when its text is present (no separate flag: a flag without a word of
 * explanation helps nobody prioritise).
 */
@Embeddable
public class ExpectedGains {

  @Column(name = "gain_time", length = 2000)
  private String time;

  @Column(name = "gain_care_quality", length = 2000)
  private String careQuality;

  @Column(name = "gain_working_conditions", length = 2000)
  private String workingConditions;

  @Column(name = "gain_patient_experience", length = 2000)
  private String patientExperience;

  @Column(name = "gain_cost", length = 2000)
  private String cost;

  protected ExpectedGains() {}

  public ExpectedGains(String time, String careQuality, String workingConditions, String patientExperience,
      String cost) {
    this.time = UseCase.blankToNull(time);
    this.careQuality = UseCase.blankToNull(careQuality);
    this.workingConditions = UseCase.blankToNull(workingConditions);
    this.patientExperience = UseCase.blankToNull(patientExperience);
    this.cost = UseCase.blankToNull(cost);
  }

  public boolean any() {
    return time != null || careQuality != null || workingConditions != null || patientExperience != null
        || cost != null;
  }

  public String getTime() {
    return time;
  }

  public String getCareQuality() {
    return careQuality;
  }

  public String getWorkingConditions() {
    return workingConditions;
  }

  public String getPatientExperience() {
    return patientExperience;
  }

  public String getCost() {
    return cost;
  }
}
