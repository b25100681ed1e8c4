package fr.vigie.bootstrap;

import fr.vigie.ethics.boundary.ConditionRequest;
import fr.vigie.ethics.boundary.DocumentLinkRequest;
import fr.vigie.ethics.boundary.EthicsDecisionRequest;
import fr.vigie.ethics.boundary.EthicsReviewRequest;
import fr.vigie.ethics.boundary.EthicsService;
import fr.vigie.ethics.entity.DecisionOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo ethics files: the sepsis alert received a favourable opinion with one condition still open; the report
 * drafting assistant a favourable opinion, after which its purpose was widened (DemoData changes it), so its sign-off
 * is to be renewed. Recorded through the service, so each decision carries the fingerprint of the system then.
 */
@ApplicationScoped
class DemoEthics {

  @Inject EthicsService service;

  void load(long sepsis, long reportDrafting) {
    LocalDate today = LocalDate.now();
    long sepsisReview = service.createReview(review(sepsis, today.minusMonths(3),
        List.of("Une alerte automatisée peut-elle modifier la relation de soin et la responsabilité de l’infirmier ?",
            "Les patients sont-ils informés qu’un algorithme surveille leurs constantes ?",
            "Le risque de sur-alerte (fatigue des soignants) est-il acceptable ?"),
        List.of("Service de réanimation", "Direction des soins", "Correspondant de matériovigilance"), true,
        "Pr Réa, chef du service de réanimation")).id();
    var sepsisDecision = decision(sepsisReview, today.minusMonths(2), DecisionOutcome.FAVOURABLE_WITH_CONDITIONS,
        "L’alerte reste une aide : la décision thérapeutique revient au médecin. Avis favorable sous réserve d’une"
            + " information écrite des patients et de leurs proches.");
    var condition = new ConditionRequest();
    condition.description = "Diffuser une note d’information aux patients et à leurs proches, validée par la"
        + " commission des usagers.";
    condition.owner = "Direction qualité et relations avec les usagers";
    condition.dueOn = today.plusMonths(1);
    sepsisDecision.conditions = List.of(condition);
    service.createDecision(sepsisDecision);

    long draftingReview = service.createReview(review(reportDrafting, today.minusMonths(2),
        List.of("Le médecin reste-t-il l’auteur du compte rendu qu’il signe ?",
            "Des données de santé sont-elles envoyées à un modèle hors de l’établissement ?"),
        List.of("Pôle médecine", "Délégué à la protection des données"), false, "Cheffe du pôle médecine")).id();
    service.createDecision(decision(draftingReview, today.minusMonths(1), DecisionOutcome.FAVOURABLE,
        "Relecture et signature médicales systématiques ; hébergement HDS ; usage limité aux comptes rendus."));
  }

  private static EthicsReviewRequest review(long system, LocalDate on, List<String> questions,
      List<String> stakeholders, boolean representatives, String by) {
    var r = new EthicsReviewRequest();
    r.aiSystemId = system;
    r.questions = questions;
    r.stakeholders = stakeholders;
    r.representativesInvolved = representatives;
    var document = new DocumentLinkRequest();
    document.title = "Dossier de présentation au comité";
    document.url = "https://intranet.ght-demo.fr/ethique/dossiers/" + system;
    r.documents = List.of(document);
    r.requestedBy = by;
    r.requestedOn = on;
    return r;
  }

  private static EthicsDecisionRequest decision(long review, LocalDate on, DecisionOutcome outcome,
      String rationale) {
    var d = new EthicsDecisionRequest();
    d.reviewId = review;
    d.meetingDate = on;
    d.membersPresent = List.of("Dr Lambert (présidente de l’espace de réflexion éthique)",
        "M. Caron (représentant des usagers)", "Mme Faure (cadre de santé)", "Me Bernard (juriste)");
    d.outcome = outcome;
    d.rationale = rationale;
    return d;
  }
}
