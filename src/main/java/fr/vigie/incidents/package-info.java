/**
 * Incident register (issue 13): incidents of AI systems, the reporting duties the routing rules attach to each
 * (AI Act, medical-device vigilance, GDPR, health-IT security, adverse-event declarations) with their deadlines,
 * and the incident log export. The rules are data (table incident_rule), the conditions are {@code RulePredicate}s.
 */
package fr.vigie.incidents;
