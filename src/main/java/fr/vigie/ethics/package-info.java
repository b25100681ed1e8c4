/**
 * Ethics sign-off of hospital AI systems (HAS certification criterion 3.1-06): a request for the opinion of the
 * "espace de réflexion éthique" (questions raised, stakeholders consulted, documents), the committee's decision and
 * its conditions followed to closure. A decision is bound to the system's material version: when a field that changes
 * the ethical picture changes, the sign-off is to be renewed. The "état des lieux des questionnements éthiques" is
 * exported for the certification visit.
 */
package fr.vigie.ethics;
