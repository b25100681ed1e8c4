package fr.vigie.bootstrap;

import static fr.vigie.usecases.entity.UseCaseStage.ABANDONED;
import static fr.vigie.usecases.entity.UseCaseStage.DEVELOPMENT;
import static fr.vigie.usecases.entity.UseCaseStage.DUPLICATE;
import static fr.vigie.usecases.entity.UseCaseStage.ON_HOLD;
import static fr.vigie.usecases.entity.UseCaseStage.PRIORITISED;
import static fr.vigie.usecases.entity.UseCaseStage.PRODUCTION;
import static fr.vigie.usecases.entity.UseCaseStage.QUALIFIED;
import static fr.vigie.usecases.entity.UseCaseStage.STUDY;
import static fr.vigie.usecases.entity.UseCaseStage.TEST;

import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.usecases.boundary.UseCaseRequest;
import fr.vigie.usecases.boundary.UseCaseService;
import fr.vigie.usecases.entity.UseCaseOrigin;
import fr.vigie.usecases.entity.VolumePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A dozen use cases of the demo innovation centre, at every stage of the pipeline: a few just
 * proposed in a workshop, some qualified or prioritised, one in each of study, development and test,
 * the sepsis alert in production (linked to its SIA), one on hold, one abandoned, one duplicate.
 */
@ApplicationScoped
class DemoUseCases {

  @Inject UseCaseService useCases;

  void load(long sepsisSystem) {
    // just identified: a few words from a workshop or an interview
    var transmissions = start("Synthèse du dossier pour les transmissions infirmières",
        "À chaque relève, l'infirmière relit tout le dossier pour retrouver les événements de la nuit.",
        UseCaseOrigin.WORKSHOP);
    transmissions.tags = List.of("soins", "transmissions");
    useCases.createDemo(transmissions, List.of(), List.of(), null, null);
    var identity = start("Détection des doublons d'identité patient",
        "Les doublons d'identité découverts au bureau des entrées sont fusionnés à la main, parfois des mois après.",
        UseCaseOrigin.INTERVIEW);
    identity.category = AiCategory.PREDICTIVE_ML;
    identity.services = List.of("Bureau des entrées");
    useCases.createDemo(identity, List.of(), List.of(), null, null);

    var theatre = card("Programmation des blocs opératoires",
        "Les plages de bloc restent vides faute de prévoir les annulations de la veille.",
        "Le cadre de bloc ajuste le programme chaque après-midi à partir des appels des services.",
        "Prévoir les annulations probables et proposer des patients à programmer en remplacement.",
        AiCategory.PREDICTIVE_ML, List.of("Bloc opératoire", "Chirurgie ambulatoire"), List.of("Cadre de bloc", "Secrétaire médicale"),
        15, VolumePeriod.WEEK, "45", "20", "5", "0", "Programme opératoire, historique des annulations (logiciel de bloc).");
    theatre.gainCareQuality = "Délais d'intervention raccourcis.";
    theatre.gainCost = "Meilleur taux d'occupation des salles.";
    useCases.createDemo(theatre, List.of(), List.of(QUALIFIED), null, "Fiche complétée après l'atelier bloc.");

    var timeAssistant = card("Assistant temps de travail pour les agents",
        "Les agents appellent la DRH pour savoir combien de RTT il leur reste ou comment poser un congé.",
        "Les gestionnaires RH répondent au téléphone et par courriel, en relisant le règlement intérieur.",
        "Un assistant conversationnel répond en citant l'article du règlement applicable.",
        AiCategory.GENERATIVE_AI, List.of("Direction des ressources humaines"), List.of("Gestionnaire RH"),
        60, VolumePeriod.DAY, "6", "1", "10", "0.5", "Règlement intérieur, notes de service, logiciel de gestion des temps.");
    timeAssistant.gainWorkingConditions = "Moins d'appels répétitifs pour les gestionnaires.";
    timeAssistant.tags = List.of("RH", "assistant");
    long timeAssistantId = useCases.createDemo(timeAssistant, List.of(), List.of(QUALIFIED), null, "Qualifié en comité innovation.");

    var rhChatbot = start("Chatbot congés et RTT", "Trop d'appels à la DRH sur les soldes de congés.", UseCaseOrigin.INDIVIDUAL_PROPOSAL);
    useCases.createDemo(rhChatbot, List.of(), List.of(DUPLICATE), timeAssistantId,
        "Même besoin que « Assistant temps de travail pour les agents ».");

    var letters = card("Pré-rédaction des courriers de sortie",
        "Les secrétariats retapent les comptes rendus dictés ; les courriers partent avec plusieurs jours de retard.",
        "Le médecin dicte, la secrétaire saisit puis met en forme le courrier dans le dossier patient.",
        "Un assistant rédige le brouillon du courrier à partir du dossier ; le médecin le relit et le signe.",
        AiCategory.GENERATIVE_AI, List.of("Cardiologie", "Médecine interne"), List.of("Secrétaire médicale", "Médecin"),
        120, VolumePeriod.DAY, "12", "3", "10", "2", "Dossier patient informatisé, modèles de courriers, comptes rendus.");
    letters.gainCareQuality = "Courriers envoyés au médecin traitant le jour de la sortie.";
    letters.gainPatientExperience = "Le patient repart avec son courrier.";
    letters.tags = List.of("courriers", "secrétariat");
    useCases.createDemo(letters, List.of(), List.of(QUALIFIED, PRIORITISED), null, "Priorisé en comité (valeur forte).");

    var coding = card("Codage PMSI assisté des séjours",
        "Les médecins DIM codent les séjours en fin de mois, au détriment du contrôle qualité.",
        "Les techniciennes d'information médicale relisent les comptes rendus et saisissent les codes CIM-10.",
        "Proposer les codes diagnostics et actes à partir des comptes rendus, validés par le DIM.",
        AiCategory.NLP, List.of("Département d'information médicale"), List.of("Technicienne d'information médicale", "Médecin DIM"),
        2500, VolumePeriod.MONTH, "15", "6", "15", "1", "Comptes rendus d'hospitalisation, logiciel de codage, référentiels CIM-10 et CCAM.");
    coding.gainCost = "Recettes T2A mieux documentées.";
    useCases.createDemo(coding, List.of(), List.of(QUALIFIED, PRIORITISED, STUDY), null, "Étude de faisabilité lancée.");

    var invoices = card("Tri automatique des factures fournisseurs",
        "Les factures arrivent par courriel et papier ; leur rapprochement avec les commandes prend des jours.",
        "Les agents des services économiques saisissent chaque facture et cherchent la commande correspondante.",
        "Un robot lit les factures, les rapproche des commandes et ne présente aux agents que les écarts.",
        AiCategory.RPA_AI, List.of("Services économiques"), List.of("Agent administratif"),
        1800, VolumePeriod.MONTH, "8", "1", "5", "0", "Chorus Pro, logiciel de gestion économique et financière.");
    invoices.tags = List.of("finances", "RPA");
    useCases.createDemo(invoices, List.of(), List.of(QUALIFIED, PRIORITISED, STUDY, DEVELOPMENT), null,
        "Développement confié à la cellule RPA du GHT.");

    var dictation = card("Reconnaissance vocale pour les comptes rendus d'imagerie",
        "Les radiologues attendent la frappe de leurs comptes rendus ; les délais de diffusion s'allongent.",
        "Le radiologue dicte ; la secrétaire frappe le compte rendu qu'il relit et valide.",
        "La dictée est transcrite au fil de l'eau dans le RIS ; le radiologue corrige et valide.",
        AiCategory.NLP, List.of("Imagerie médicale"), List.of("Radiologue", "Secrétaire médicale"),
        400, VolumePeriod.DAY, "5", "1", "5", "0.5", "RIS, PACS, dictaphones numériques.");
    dictation.gainPatientExperience = "Résultats disponibles plus tôt pour le patient et son médecin.";
    useCases.createDemo(dictation, List.of(), List.of(QUALIFIED, PRIORITISED, STUDY, DEVELOPMENT, TEST), null,
        "Test en cours dans le service d'imagerie du CHU.");

    var sepsis = card("Alerte précoce de sepsis aux urgences",
        "Des sepsis sont reconnus tard aux urgences, aux heures de forte affluence.",
        "L'infirmière d'accueil calcule le score qSOFA à la main quand elle y pense.",
        "Un score calculé en continu à partir des constantes alerte l'équipe médicale.",
        AiCategory.PREDICTIVE_ML, List.of("Urgences"), List.of("Infirmière d'accueil et d'orientation", "Urgentiste"),
        150, VolumePeriod.DAY, "3", "1", "0", "0.5", "Constantes du dossier de soins, résultats de biologie.");
    sepsis.gainCareQuality = "Antibiothérapie plus précoce, mortalité réduite.";
    useCases.createDemo(sepsis, List.of(sepsisSystem), List.of(QUALIFIED, PRIORITISED, STUDY, DEVELOPMENT, TEST, PRODUCTION),
        null, "Mis en service après validation clinique.");

    var reminders = card("Relance des rendez-vous non honorés",
        "Un rendez-vous de consultation sur dix n'est pas honoré, sans prévenir.",
        "Les secrétariats appellent les patients la veille quand ils ont le temps.",
        "Un robot envoie les rappels par SMS et libère les créneaux annulés.",
        AiCategory.RPA, List.of("Consultations externes"), List.of("Secrétaire médicale"),
        300, VolumePeriod.DAY, "2", "0", "0", "0", "Logiciel de rendez-vous, passerelle SMS.");
    useCases.createDemo(reminders, List.of(), List.of(QUALIFIED, ON_HOLD), null,
        "En attente du nouveau logiciel de rendez-vous du GHT.");

    var translation = card("Traduction des consignes de sortie",
        "Les patients non francophones repartent avec des consignes qu'ils ne comprennent pas.",
        "On cherche un interprète ou un collègue qui parle la langue.",
        "Traduire automatiquement les consignes de sortie dans la langue du patient.",
        AiCategory.GENERATIVE_AI, List.of("Urgences", "Maternité"), List.of("Infirmière", "Sage-femme"),
        20, VolumePeriod.DAY, "20", "5", "20", "5", "Consignes de sortie types.");
    useCases.createDemo(translation, List.of(), List.of(QUALIFIED, ABANDONED), null,
        "Abandonné : risque de contresens sur les consignes médicales sans relecture par un interprète.");
  }

  private static UseCaseRequest start(String title, String irritant, UseCaseOrigin origin) {
    var r = new UseCaseRequest();
    r.title = title;
    r.irritant = irritant;
    r.origin = origin;
    return r;
  }

  private static UseCaseRequest card(String title, String irritant, String currentProcess, String solution,
      AiCategory category, List<String> services, List<String> jobs, int volume, VolumePeriod period,
      String before, String after, String rework, String review, String data) {
    var r = start(title, irritant, UseCaseOrigin.WORKSHOP);
    r.currentProcess = currentProcess;
    r.proposedSolution = solution;
    r.category = category;
    r.services = new ArrayList<>(services);
    r.jobFunctions = new ArrayList<>(jobs);
    r.volume = volume;
    r.volumePeriod = period;
    r.minutesBefore = new BigDecimal(before);
    r.minutesAfter = new BigDecimal(after);
    r.reworkRatePercent = new BigDecimal(rework);
    r.reviewMinutes = new BigDecimal(review);
    r.dataAndSystems = data;
    r.gainTime = "Temps libéré pour les équipes.";
    return r;
  }

}
