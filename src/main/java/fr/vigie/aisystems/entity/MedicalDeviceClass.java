package fr.vigie.aisystems.entity;

/**
 * Medical-device qualification: not a medical device, or its class under the MDR (EU 2017/745) or
 * the IVDR (EU 2017/746). Classes that need a notified body require a CE certificate reference.
 */
public enum MedicalDeviceClass {
  NOT_MEDICAL_DEVICE(false),
  MDR_I(false),
  MDR_IIA(true),
  MDR_IIB(true),
  MDR_III(true),
  IVDR_A(false),
  IVDR_B(true),
  IVDR_C(true),
  IVDR_D(true);

  private final boolean notifiedBody;

  MedicalDeviceClass(boolean notifiedBody) {
    this.notifiedBody = notifiedBody;
  }

  public boolean isMedicalDevice() {
    return this != NOT_MEDICAL_DEVICE;
  }

  /** True when a notified body certifies the device, hence a CE certificate exists. */
  public boolean needsCertificate() {
    return notifiedBody;
  }
}
