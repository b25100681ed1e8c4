package fr.vigie.bootstrap;

import fr.vigie.incidents.boundary.IncidentDto;
import fr.vigie.incidents.boundary.IncidentDutyRequest;
import fr.vigie.incidents.boundary.IncidentRequest;
import fr.vigie.incidents.boundary.IncidentService;
import fr.vigie.incidents.boundary.IncidentStatusRequest;
import fr.vigie.incidents.entity.DutyKind;
import fr.vigie.incidents.entity.DutyState;
import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.IncidentHarm;
import fr.vigie.incidents.entity.IncidentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Three demo incidents, declared through the service so that their duties are routed by the seeded rules, with
 * awareness times relative to now so that the home panel has something overdue and something due soon: the sepsis
 * alert that stayed silent for a patient in septic shock (revealed by the monitoring alert; vigilance and EIGS done,
 * internal declaration left to do), a report-drafting assistant that mixed two patients' records (CNIL due within
 * 48 h) and a closed appointment-chatbot incident without harm or duty.
 */
@ApplicationScoped
class DemoIncidents {

  @Inject IncidentService service;

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  void load(long sepsis, long drafting, long chatbot, long chu) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    var silentAlert = request(sepsis, now.minus(4, ChronoUnit.DAYS), IncidentHarm.PATIENT,
        HealthConsequence.SERIOUS_HEALTH_DETERIORATION,
        "Patient de 67 ans admis en réanimation médicale pour pneumopathie : aucune alerte de sepsis émise alors que "
            + "les critères étaient réunis ; choc septique diagnostiqué avec six heures de retard. La dérive de la "
            + "lactatémie à l’admission signalée par la surveillance avait été constatée deux semaines plus tôt.");
    silentAlert.occurredAt = silentAlert.awareAt.minus(30, ChronoUnit.HOURS);
    silentAlert.establishmentId = chu;
    silentAlert.useSuspended = true;
    silentAlert.actionsTaken = "Alerte suspendue dans le service ; retour au score qSOFA papier ; dossier transmis "
        + "au correspondant local de matériovigilance ; éditeur informé ; revue de morbi-mortalité programmée.";
    silentAlert.monitoringAlertId = em.createQuery(
            "select a.id from MonitoringAlert a where a.aiSystemId = :s order by a.id", Long.class)
        .setParameter("s", sepsis).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    IncidentDto first = service.create(silentAlert, "qualite", true);
    first = done(first, DutyKind.DEVICE_VIGILANCE, now.minus(4, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS),
        "ANSM R26-11873");
    done(first, DutyKind.SERIOUS_ADVERSE_EVENT, now.minus(3, ChronoUnit.DAYS), "EIGS-ARS-2026-0412");

    var mixedUp = request(drafting, now.minus(30, ChronoUnit.HOURS), IncidentHarm.RIGHTS, HealthConsequence.NONE,
        "Le brouillon de compte rendu d’hospitalisation d’une patiente reprenait les antécédents et le traitement "
            + "d’un autre patient du même service ; relevé par l’interne avant signature, puis constaté sur deux "
            + "autres brouillons de la semaine.");
    mixedUp.personalDataBreach = true;
    mixedUp.establishmentId = chu;
    mixedUp.actionsTaken = "Génération des brouillons désactivée le temps de l’analyse ; délégué à la protection "
        + "des données saisi ; éditeur sollicité pour l’analyse de la cause (cache de contexte).";
    mixedUp.useSuspended = true;
    service.create(mixedUp, "contributeur", true);

    var wrongHours = request(chatbot, now.minus(20, ChronoUnit.DAYS), IncidentHarm.OPERATIONS,
        HealthConsequence.NONE,
        "L’agent conversationnel a donné aux patients les anciens horaires de la consultation de diabétologie "
            + "pendant trois jours ; quelques rendez-vous manqués, reprogrammés.");
    wrongHours.actionsTaken = "Base de connaissances mise à jour ; vérification ajoutée à la procédure de changement d’horaires.";
    IncidentDto third = service.create(wrongHours, "innovation", true);
    var close = new IncidentStatusRequest();
    close.status = IncidentStatus.CLOSED;
    close.comment = "Aucune obligation de déclaration ; cause corrigée, retour d’expérience présenté en CREX.";
    service.changeStatus(third.id(), third.version(), close);
  }

  private static IncidentRequest request(long system, Instant aware, IncidentHarm harm, HealthConsequence health,
      String description) {
    var r = new IncidentRequest();
    r.aiSystemId = system;
    r.awareAt = aware;
    r.harm = harm;
    r.healthConsequence = health;
    r.description = description;
    r.personalDataBreach = false;
    r.securityIncident = false;
    r.useSuspended = false;
    return r;
  }

  private IncidentDto done(IncidentDto incident, DutyKind kind, Instant at, String reference) {
    var duty = incident.duties().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    var r = new IncidentDutyRequest();
    r.state = DutyState.DONE;
    r.doneAt = at;
    r.reference = reference;
    return service.updateDuty(incident.id(), duty.id(), duty.version(), r);
  }
}
