/**
 * The register of the hospital group's AI systems ("cartographie des SIA"): what each system does,
 * where it is used, who answers for it, its medical-device and EU AI Act qualification, its data and
 * hosting, its human oversight and its lifecycle. It is the evidence base for the HAS certification
 * criteria on AI and for the deployer duties of the AI Act.
 */
package fr.vigie.aisystems;
