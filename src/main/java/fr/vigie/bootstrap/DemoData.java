package fr.vigie.bootstrap;

import static fr.vigie.aisystems.entity.AiActRole.PROVIDER_AND_DEPLOYER;
import static fr.vigie.aisystems.entity.AiActRoute.ART_6_3_DEROGATION;
import static fr.vigie.aisystems.entity.AiActRoute.HIGH_RISK_ANNEX_I;
import static fr.vigie.aisystems.entity.AiActRoute.MINIMAL;
import static fr.vigie.aisystems.entity.AiActRoute.TRANSPARENCY_ART_50;
import static fr.vigie.aisystems.entity.LifecycleStatus.DESIGN;
import static fr.vigie.aisystems.entity.LifecycleStatus.IDEA;
import static fr.vigie.aisystems.entity.LifecycleStatus.PILOT;
import static fr.vigie.aisystems.entity.LifecycleStatus.PRODUCTION;
import static fr.vigie.aisystems.entity.LifecycleStatus.SUSPENDED;

import fr.vigie.aisystems.boundary.AiSystemRequest;
import fr.vigie.aisystems.boundary.AiSystemService;
import fr.vigie.aisystems.entity.AiActRole;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AutomationLevel;
import fr.vigie.aisystems.entity.DataCategory;
import fr.vigie.aisystems.entity.DataLocation;
import fr.vigie.aisystems.entity.DpiaStatus;
import fr.vigie.aisystems.entity.Hosting;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.aisystems.entity.SystemIntegration;
import fr.vigie.establishments.boundary.EstablishmentRequest;
import fr.vigie.establishments.boundary.EstablishmentService;
import fr.vigie.establishments.entity.EstablishmentType;
import fr.vigie.platform.security.Roles;
import fr.vigie.users.boundary.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The demo data set: one documented user per role (all with the password {@value #PASSWORD}), a
 * fictitious hospital group "GHT Démo Val de Seine" with five establishments, and fourteen AI
 * systems drawn from real hospital practice. Every establishment and AI system is flagged {@code
 * demo}. Loaded in one transaction: all or nothing.
 */
@ApplicationScoped
public class DemoData {

  public static final String PASSWORD = "vigie-demo";

  @Inject UserService users;
  @Inject EstablishmentService establishments;
  @Inject AiSystemService aiSystems;
  @Inject DemoMonitoring monitoring;
  @Inject DemoScoring scoring;
  @Inject DemoUseCases useCases;
  @Inject DemoEthics ethics;
  @Inject DemoIncidents incidents;

  private long chu;
  private long chA;
  private long chB;
  private long chs;
  private long ehpad;
  private long sepsis;
  private long fracture;
  private long reportDrafting;
  private AiSystemRequest reportDraftingRequest;
  private long chatbot;

  @Transactional
  public void load() {
    users.create("admin", "Alice Admin (démo)", PASSWORD, Set.of(Roles.ADMIN));
    users.create("innovation", "Ines Innovation (démo)", PASSWORD, Set.of(Roles.INNOVATION));
    users.create("qualite", "Quentin Qualité (démo)", PASSWORD, Set.of(Roles.QUALITY));
    users.create("ethique", "Emma Éthique (démo)", PASSWORD, Set.of(Roles.ETHICS));
    users.create("direction", "Denis Direction (démo)", PASSWORD, Set.of(Roles.EXECUTIVE));
    users.create("contributeur", "Chloé Contributrice (démo)", PASSWORD, Set.of(Roles.CONTRIBUTOR));
    users.create("lecteur", "Louis Lecteur (démo)", PASSWORD, Set.of(Roles.VIEWER));
    scoring.raters(PASSWORD);

    chu = establishment("CHU Démo de Val-de-Seine", "CHU-VDS", "760000018", EstablishmentType.CHU);
    chA = establishment("Centre hospitalier Démo des Boucles", "CH-BOUCLES", "760000026", EstablishmentType.CH);
    chB = establishment("Centre hospitalier Démo du Plateau", "CH-PLATEAU", "270000034", EstablishmentType.CH);
    chs = establishment("Centre hospitalier spécialisé Démo Les Tilleuls", "CHS-TILLEULS", "760000042", EstablishmentType.CHS);
    ehpad = establishment("EHPAD Démo Les Glycines", "EHPAD-GLYCINES", "270000059", EstablishmentType.EHPAD);

    hrAssistant();
    paperDigitisation();
    labRebillingRobot();
    adVulnerabilityAnalysis();
    compromisedAccounts();
    reportDrafting();
    officeCopilot();
    grantApplications();
    mealForecasting();
    pacsAnonymisation();
    sepsisAlert();
    fractureDetection();
    bedManagement();
    triageChatbot();
    monitoring.load(sepsis, fracture);
    useCases.load(sepsis);
    ethics.load(sepsis, reportDrafting);
    // after the committee's favourable opinion, the purpose was widened: the sign-off is to be renewed
    reportDraftingRequest.intendedPurpose = "Réduire le temps médical consacré aux comptes rendus d'hospitalisation"
        + " et aux courriers de sortie adressés au médecin traitant.";
    aiSystems.update(reportDrafting, aiSystems.get(reportDrafting).version(), reportDraftingRequest);
    incidents.load(sepsis, reportDrafting, chatbot, chu);
    scoring.ratings();
  }

  private long establishment(String name, String shortName, String finess, EstablishmentType type) {
    var request = new EstablishmentRequest();
    request.name = name;
    request.shortName = shortName;
    request.finess = finess;
    request.type = type;
    return establishments.create(request, true).id();
  }

  private void hrAssistant() {
    var s = base("Assistant RH temps de travail",
        "Répond aux questions des agents sur le temps de travail (congés, RTT, gardes) à partir du règlement intérieur et des notes de service.",
        AiCategory.GENERATIVE_AI, PILOT, TRANSPARENCY_ART_50, "Direction des ressources humaines", "Directrice des ressources humaines");
    s.intendedPurpose = "Donner aux agents une réponse sourcée sur les règles de temps de travail, en citant l'article du règlement applicable.";
    s.outOfScopeUses = "Décisions individuelles sur les droits d'un agent ; questions médicales.";
    s.tags = List.of("RH", "assistant", "RAG");
    s.establishmentIds = Set.of(chu, chA);
    s.supplier = "Éditeur français de plateforme d'IA générative souveraine";
    s.product = "Plateforme IA générative du GHT";
    s.foundationModel = "Mistral Large";
    s.automationLevel = AutomationLevel.INFORMATION;
    s.integrations = Set.of(SystemIntegration.HR_SYSTEM, SystemIntegration.DOCUMENT_MANAGEMENT);
    s.aiActJustification = "Système conversationnel en contact avec les agents : obligation d'informer qu'ils échangent avec une IA (art. 50). Aucune décision RH automatisée.";
    s.dataCategories = Set.of(DataCategory.STAFF_HR, DataCategory.DOCUMENTS);
    s.personalData = false;
    hds(s, "Hébergeur HDS souverain (démo)");
    s.humanOversight = "Chaque réponse cite ses sources ; les cas particuliers sont renvoyés vers le gestionnaire RH.";
    s.knownLimitations = "Peut mal interpréter une note de service récente non indexée.";
    s.nextReviewDate = LocalDate.now().plusMonths(3);
    create(s);
  }

  private void paperDigitisation() {
    var s = base("Numérisation du courrier entrant avec extraction IA",
        "Numérise le courrier papier reçu (comptes rendus externes, résultats), en extrait le patient et le type de document et le classe dans le DPI.",
        AiCategory.RPA_AI, PRODUCTION, ART_6_3_DEROGATION, "Bureau des entrées", "Responsable du bureau des entrées");
    s.intendedPurpose = "Supprimer la saisie manuelle du courrier entrant et réduire le délai d'intégration des documents au dossier patient.";
    s.tags = List.of("numérisation", "OCR", "DPI");
    s.establishmentIds = Set.of(chu, chA, chB);
    s.supplier = "Éditeur de solution de GED hospitalière";
    s.product = "Capture IA";
    s.automationLevel = AutomationLevel.DECISION_SUPPORT;
    s.integrations = Set.of(SystemIntegration.DPI_EHR, SystemIntegration.DOCUMENT_MANAGEMENT);
    s.aiActJustification = "Tâche procédurale étroite (classement documentaire) sans influence sur une décision de soins : dérogation de l'art. 6(3)(a).";
    s.dataCategories = Set.of(DataCategory.PATIENT_HEALTH, DataCategory.PATIENT_ADMINISTRATIVE, DataCategory.DOCUMENTS);
    s.personalData = true;
    s.healthData = true;
    s.hosting = Hosting.ON_PREMISES;
    s.dpiaStatus = DpiaStatus.COMPLETED;
    s.dpiaReference = "AIPD-2025-014";
    s.humanOversight = "Les documents à faible confiance d'identification du patient passent en corbeille de validation manuelle.";
    s.oversightPersons = "Secrétaires médicales du bureau des entrées";
    s.productionStartDate = LocalDate.of(2025, 3, 1);
    s.nextReviewDate = LocalDate.now().minusDays(20);
    create(s);
  }

  private void labRebillingRobot() {
    var s = base("Robot de refacturation des actes de biologie",
        "Robot logiciel qui refacture aux établissements partenaires les analyses de biologie réalisées pour eux.",
        AiCategory.RPA, PRODUCTION, MINIMAL, "Direction des finances", "Responsable facturation");
    s.intendedPurpose = "Automatiser la refacturation inter-établissements des actes de biologie.";
    s.tags = List.of("RPA", "facturation", "biologie");
    s.establishmentIds = Set.of(chu);
    s.inHouse = true;
    s.product = "Robot RPA du centre d'innovation";
    s.automationLevel = AutomationLevel.AUTOMATED_DECISION;
    s.integrations = Set.of(SystemIntegration.LABORATORY, SystemIntegration.FINANCE_BILLING);
    s.aiActRole = PROVIDER_AND_DEPLOYER;
    s.aiActJustification = "Automatisation à règles fixes, sans apprentissage : hors définition de système d'IA au sens strict, suivi au registre par prudence.";
    s.dataCategories = Set.of(DataCategory.FINANCIAL, DataCategory.PATIENT_ADMINISTRATIVE);
    s.personalData = true;
    s.hosting = Hosting.ON_PREMISES;
    s.humanOversight = "Rapport d'exécution quotidien contrôlé par la cellule facturation.";
    s.productionStartDate = LocalDate.of(2024, 9, 15);
    s.nextReviewDate = LocalDate.now().plusMonths(6);
    create(s);
  }

  private void adVulnerabilityAnalysis() {
    var s = base("Analyse des vulnérabilités Active Directory",
        "Un robot collecte la configuration de l'Active Directory et une IA générative en résume les vulnérabilités et propose un plan de remédiation.",
        AiCategory.RPA_AI, PILOT, MINIMAL, "Direction du numérique – sécurité", "RSSI du GHT");
    s.intendedPurpose = "Accélérer l'analyse de sécurité de l'annuaire et prioriser les corrections.";
    s.tags = List.of("cybersécurité", "Active Directory", "RPA");
    s.establishmentIds = Set.of(chu, chA, chB, chs, ehpad);
    s.inHouse = true;
    s.foundationModel = "Mistral Small (auto-hébergé)";
    s.integrations = Set.of(SystemIntegration.IDENTITY_DIRECTORY);
    s.aiActRole = PROVIDER_AND_DEPLOYER;
    s.aiActJustification = "Outil interne d'aide à l'analyse technique, sans effet sur des personnes : risque minimal.";
    s.dataCategories = Set.of(DataCategory.SECURITY_LOGS);
    s.personalData = true;
    s.hosting = Hosting.ON_PREMISES;
    s.humanOversight = "Toute remédiation est validée et appliquée par un administrateur.";
    s.nextReviewDate = LocalDate.now().plusMonths(2);
    create(s);
  }

  private void compromisedAccounts() {
    var s = base("Remédiation des comptes compromis",
        "Analyse en langage naturel des alertes de compromission de comptes et déclenchement par robot des actions de remédiation (blocage, réinitialisation).",
        AiCategory.NLP, PRODUCTION, MINIMAL, "Direction du numérique – sécurité", "RSSI du GHT");
    s.intendedPurpose = "Réduire le délai entre l'alerte de compromission et le blocage du compte.";
    s.tags = List.of("cybersécurité", "NLP", "RPA");
    s.establishmentIds = Set.of(chu, chA, chB, chs, ehpad);
    s.supplier = "Prestataire de SOC (démo)";
    s.automationLevel = AutomationLevel.AUTOMATED_DECISION;
    s.integrations = Set.of(SystemIntegration.IDENTITY_DIRECTORY, SystemIntegration.MESSAGING);
    s.aiActJustification = "Mesure de sécurité informatique, sans évaluation des personnes.";
    s.dataCategories = Set.of(DataCategory.SECURITY_LOGS);
    s.personalData = true;
    s.hosting = Hosting.HDS_HOST;
    s.hostName = "Prestataire de SOC certifié HDS (démo)";
    s.logRetentionMonths = 12;
    s.humanOversight = "Un analyste du SOC confirme les blocages de comptes de direction et de garde.";
    s.productionStartDate = LocalDate.of(2025, 6, 2);
    s.nextReviewDate = LocalDate.now().plusMonths(5);
    create(s);
  }

  private void reportDrafting() {
    var s = base("Aide à la rédaction des comptes rendus d'hospitalisation",
        "Un LLM propose un brouillon de compte rendu d'hospitalisation à partir des notes du séjour ; le médecin le relit et le signe.",
        AiCategory.GENERATIVE_AI, PILOT, TRANSPARENCY_ART_50, "Pôle médecine", "Cheffe du pôle médecine");
    s.intendedPurpose = "Réduire le temps médical consacré à la rédaction des comptes rendus.";
    s.outOfScopeUses = "Prescription, diagnostic, envoi sans relecture médicale.";
    s.tags = List.of("LLM", "compte rendu", "temps médical");
    s.establishmentIds = Set.of(chu);
    s.supplier = "Éditeur de DPI";
    s.product = "Module de synthèse IA du DPI";
    s.foundationModel = "LLM hébergé par l'éditeur";
    s.integrations = Set.of(SystemIntegration.DPI_EHR);
    s.aiActJustification = "Outil de rédaction sans finalité médicale (pas un DM) ; contenu généré signalé au lecteur.";
    s.dataCategories = Set.of(DataCategory.PATIENT_HEALTH, DataCategory.DOCUMENTS);
    s.personalData = true;
    s.healthData = true;
    hds(s, "Éditeur du DPI (hébergement HDS)");
    s.dpiaStatus = DpiaStatus.IN_PROGRESS;
    s.humanOversight = "Relecture et signature obligatoires par le médecin ; le brouillon est marqué « généré par IA ».";
    s.oversightPersons = "Médecins seniors du pôle";
    s.patientStaffInformation = "Note d'information aux patients et charte d'usage signée par les médecins.";
    s.knownLimitations = "Risque d'omission ou d'hallucination ; non évalué sur la pédiatrie.";
    s.nextReviewDate = LocalDate.now().plusMonths(1);
    reportDraftingRequest = s;
    reportDrafting = create(s);
  }

  private void officeCopilot() {
    var s = base("Copilote de la suite bureautique",
        "Assistant d'IA générative intégré à la messagerie et aux documents bureautiques pour les équipes administratives.",
        AiCategory.GENERATIVE_AI, PILOT, TRANSPARENCY_ART_50, "Direction du numérique", "Directeur du numérique");
    s.intendedPurpose = "Aider à résumer, reformuler et rédiger des documents administratifs.";
    s.outOfScopeUses = "Toute donnée de patient ou couverte par le secret médical.";
    s.tags = List.of("bureautique", "copilote");
    s.establishmentIds = Set.of(chu, chA);
    s.supplier = "Éditeur de suite bureautique";
    s.product = "Copilote bureautique";
    s.foundationModel = "Modèle de l'éditeur";
    s.automationLevel = AutomationLevel.INFORMATION;
    s.integrations = Set.of(SystemIntegration.OFFICE_SUITE, SystemIntegration.MESSAGING);
    s.aiActJustification = "Assistant généraliste ; information des utilisateurs sur le contenu généré.";
    s.dataCategories = Set.of(DataCategory.DOCUMENTS, DataCategory.STAFF_HR);
    s.personalData = true;
    s.hosting = Hosting.NON_HDS_CLOUD;
    s.hostName = "Cloud de l'éditeur (UE)";
    s.dataLocation = DataLocation.EU;
    s.dpiaStatus = DpiaStatus.REQUIRED_NOT_STARTED;
    s.humanOversight = "Usage encadré par la charte IA générative du GHT (principes A.V.E.C. de la HAS).";
    s.knownLimitations = "Hébergement non HDS : interdit pour toute donnée de santé.";
    s.nextReviewDate = LocalDate.now().minusDays(3);
    create(s);
  }

  private void grantApplications() {
    var s = base("Aide à la rédaction des dossiers d'appel à projets",
        "Un LLM aide la cellule recherche à structurer et rédiger les dossiers de réponse aux appels à projets.",
        AiCategory.GENERATIVE_AI, IDEA, MINIMAL, "Direction de la recherche et de l'innovation", "Directeur de la recherche");
    s.intendedPurpose = "Gagner du temps sur la rédaction des dossiers de financement.";
    s.tags = List.of("recherche", "rédaction");
    s.establishmentIds = Set.of(chu);
    s.inHouse = true;
    s.foundationModel = "Plateforme IA générative du GHT";
    s.automationLevel = AutomationLevel.INFORMATION;
    s.integrations = Set.of(SystemIntegration.OFFICE_SUITE);
    s.aiActRole = PROVIDER_AND_DEPLOYER;
    s.aiActJustification = "Aide rédactionnelle interne sans effet sur des personnes.";
    s.dataCategories = Set.of(DataCategory.DOCUMENTS);
    hds(s, "Hébergeur HDS souverain (démo)");
    create(s);
  }

  private void mealForecasting() {
    var s = base("Prévision des stocks de repas",
        "Modèle prédictif qui estime les besoins en repas par service à J+3 à partir des occupations prévues et de l'historique.",
        AiCategory.PREDICTIVE_ML, DESIGN, MINIMAL, "Restauration", "Responsable de la restauration");
    s.intendedPurpose = "Réduire le gaspillage alimentaire et les ruptures.";
    s.tags = List.of("restauration", "prévision", "gaspillage");
    s.establishmentIds = Set.of(chA, ehpad);
    s.inHouse = true;
    s.selfLearning = true;
    s.integrations = Set.of(SystemIntegration.OTHER);
    s.aiActRole = PROVIDER_AND_DEPLOYER;
    s.aiActJustification = "Prévision logistique agrégée, sans donnée personnelle.";
    s.dataCategories = Set.of(DataCategory.NON_PERSONAL);
    s.hosting = Hosting.ON_PREMISES;
    s.dpiaStatus = DpiaStatus.NOT_REQUIRED;
    create(s);
  }

  private void pacsAnonymisation() {
    var s = base("Extraction et anonymisation d'images du PACS",
        "Extrait des séries d'images du PACS et les anonymise (en-têtes DICOM et incrustations) pour les projets de recherche.",
        AiCategory.COMPUTER_VISION, PRODUCTION, MINIMAL, "Imagerie médicale", "Chef du service d'imagerie");
    s.intendedPurpose = "Fournir des jeux d'images anonymisées conformes aux autorisations de recherche.";
    s.tags = List.of("PACS", "anonymisation", "recherche");
    s.establishmentIds = Set.of(chu);
    s.supplier = "Éditeur de PACS";
    s.product = "Module d'anonymisation";
    s.integrations = Set.of(SystemIntegration.PACS);
    s.aiActJustification = "Traitement technique des images, pas d'usage clinique.";
    s.dataCategories = Set.of(DataCategory.MEDICAL_IMAGING, DataCategory.PATIENT_HEALTH);
    s.personalData = true;
    s.healthData = true;
    s.hosting = Hosting.ON_PREMISES;
    s.dpiaStatus = DpiaStatus.COMPLETED;
    s.dpiaReference = "AIPD-2024-031";
    s.humanOversight = "Contrôle visuel d'un échantillon de chaque lot par un manipulateur.";
    s.productionStartDate = LocalDate.of(2024, 11, 4);
    s.nextReviewDate = LocalDate.now().plusMonths(8);
    create(s);
  }

  private void sepsisAlert() {
    var s = base("Alerte précoce de sepsis",
        "Score prédictif de risque de sepsis calculé en continu sur les constantes et la biologie des patients hospitalisés.",
        AiCategory.PREDICTIVE_ML, PILOT, HIGH_RISK_ANNEX_I, "Réanimation médicale", "Chef du service de réanimation");
    s.intendedPurpose = "Alerter l'équipe soignante d'un risque de sepsis pour une évaluation clinique plus précoce.";
    s.outOfScopeUses = "Pédiatrie ; décision thérapeutique automatique.";
    s.tags = List.of("sepsis", "alerte", "DM");
    s.establishmentIds = Set.of(chu);
    s.supplier = "Fabricant de DM logiciel (démo)";
    s.product = "Sepsis Predict";
    s.productVersion = "2.1";
    s.integrations = Set.of(SystemIntegration.DPI_EHR, SystemIntegration.LABORATORY);
    s.medicalDeviceClass = MedicalDeviceClass.MDR_IIB;
    s.ceCertificateReference = "CE-DEMO-2389-IIb";
    s.aiActJustification = "Dispositif médical de classe IIb certifié par un organisme notifié : haut risque par l'annexe I.";
    s.dataCategories = Set.of(DataCategory.PATIENT_HEALTH);
    s.personalData = true;
    s.healthData = true;
    s.hosting = Hosting.ON_PREMISES;
    s.logRetentionMonths = 12;
    s.dpiaStatus = DpiaStatus.COMPLETED;
    s.dpiaReference = "AIPD-2025-022";
    s.humanOversight = "L'alerte déclenche une évaluation par l'infirmier et le médecin ; aucune action automatique.";
    s.oversightPersons = "Médecins réanimateurs référents, formés à l'outil";
    s.patientStaffInformation = "Livret d'accueil et affichage dans le service.";
    s.knownLimitations = "Performance non établie chez les patients immunodéprimés.";
    s.nextReviewDate = LocalDate.now().plusMonths(2);
    sepsis = create(s);
  }

  private void fractureDetection() {
    var s = base("Détection des fractures sur radiographies",
        "Logiciel de vision par ordinateur qui signale les fractures suspectes sur les radiographies des urgences.",
        AiCategory.COMPUTER_VISION, PRODUCTION, HIGH_RISK_ANNEX_I, "Urgences et imagerie", "Chef du service d'imagerie");
    s.intendedPurpose = "Réduire les fractures manquées aux urgences, en seconde lecture.";
    s.tags = List.of("imagerie", "urgences", "DM");
    s.establishmentIds = Set.of(chu, chA);
    s.supplier = "Fabricant de DM d'imagerie (démo)";
    s.product = "FractureScan";
    s.productVersion = "4.0";
    s.integrations = Set.of(SystemIntegration.PACS);
    s.medicalDeviceClass = MedicalDeviceClass.MDR_IIA;
    s.ceCertificateReference = "CE-DEMO-0459-IIa";
    s.aiActJustification = "DM de classe IIa avec organisme notifié : haut risque par l'annexe I.";
    s.dataCategories = Set.of(DataCategory.MEDICAL_IMAGING);
    s.personalData = true;
    s.healthData = true;
    hds(s, "Fabricant (hébergement HDS)");
    s.logRetentionMonths = 6;
    s.dpiaStatus = DpiaStatus.COMPLETED;
    s.dpiaReference = "AIPD-2024-008";
    s.humanOversight = "Le radiologue ou l'urgentiste reste seul décisionnaire ; l'outil est une seconde lecture.";
    s.oversightPersons = "Radiologues et urgentistes formés";
    s.productionStartDate = LocalDate.of(2024, 2, 12);
    s.nextReviewDate = LocalDate.now().minusMonths(1);
    fracture = create(s);
  }

  private void bedManagement() {
    var s = base("Prévision de l'occupation des lits",
        "Prévoit l'occupation des lits à 7 jours pour la cellule de gestion des lits.",
        AiCategory.PREDICTIVE_ML, SUSPENDED, MINIMAL, "Cellule de gestion des lits", "Cadre supérieure de santé");
    s.intendedPurpose = "Anticiper les tensions et les besoins d'ouverture de lits.";
    s.tags = List.of("lits", "prévision");
    s.establishmentIds = Set.of(chu, chB);
    s.supplier = "Start-up (démo)";
    s.selfLearning = true;
    s.integrations = Set.of(SystemIntegration.DPI_EHR);
    s.aiActJustification = "Prévision agrégée pour l'organisation, sans décision individuelle.";
    s.dataCategories = Set.of(DataCategory.PATIENT_ADMINISTRATIVE);
    s.personalData = true;
    hds(s, "Start-up (hébergement HDS)");
    s.dpiaStatus = DpiaStatus.COMPLETED;
    s.dpiaReference = "AIPD-2025-003";
    s.knownLimitations = "Suspendu : dérive des prévisions constatée après la réorganisation des services.";
    s.nextReviewDate = LocalDate.now().plusMonths(1);
    create(s);
  }

  private void triageChatbot() {
    var s = base("Agent conversationnel de prise de rendez-vous",
        "Agent d'IA qui répond aux patients au téléphone et par messagerie pour prendre, déplacer ou annuler un rendez-vous de consultation.",
        AiCategory.AGENTIC_AI, DESIGN, TRANSPARENCY_ART_50, "Direction de la patientèle", "Directeur de la patientèle");
    s.intendedPurpose = "Désengorger le standard pour les demandes de rendez-vous simples.";
    s.outOfScopeUses = "Orientation médicale, tri des urgences (relèverait de l'annexe III point 5(d)).";
    s.tags = List.of("agent", "rendez-vous", "patients");
    s.establishmentIds = Set.of(chA, chB, chs);
    s.supplier = "Éditeur d'agents vocaux (démo)";
    s.foundationModel = "LLM de l'éditeur";
    s.automationLevel = AutomationLevel.AUTOMATED_DECISION;
    s.integrations = Set.of(SystemIntegration.DPI_EHR, SystemIntegration.MESSAGING);
    s.aiActJustification = "Interaction directe avec des patients : information obligatoire (art. 50) ; aucune orientation médicale.";
    s.dataCategories = Set.of(DataCategory.PATIENT_ADMINISTRATIVE);
    s.personalData = true;
    hds(s, "Éditeur (hébergement HDS)");
    s.dpiaStatus = DpiaStatus.REQUIRED_NOT_STARTED;
    s.humanOversight = "Transfert vers un agent du standard à tout moment et pour toute demande médicale.";
    chatbot = create(s);
  }

  /** The fields every demo system shares; each method then fills in its specifics. */
  private static AiSystemRequest base(
      String name, String description, AiCategory category, LifecycleStatus status, AiActRoute route,
      String service, String owner) {
    var s = new AiSystemRequest();
    s.name = name;
    s.shortDescription = description;
    s.intendedPurpose = description;
    s.category = category;
    s.status = status;
    s.aiActRoute = route;
    s.aiActRole = AiActRole.DEPLOYER;
    s.responsibleService = service;
    s.accountableOwner = owner;
    s.technicalLead = "Centre d'innovation du GHT";
    s.publicContact = "ia-gouvernance@ght-demo.example";
    s.selfLearning = false;
    s.automationLevel = AutomationLevel.DECISION_SUPPORT;
    s.medicalDeviceClass = MedicalDeviceClass.NOT_MEDICAL_DEVICE;
    s.personalData = false;
    s.healthData = false;
    s.dataLocation = DataLocation.FRANCE;
    s.dpiaStatus = DpiaStatus.NOT_REQUIRED;
    s.logRetentionMonths = 6;
    return s;
  }

  private static void hds(AiSystemRequest s, String host) {
    s.hosting = Hosting.HDS_HOST;
    s.hostName = host;
  }

  private long create(AiSystemRequest request) {
    return aiSystems.create(request, true).id();
  }

}
