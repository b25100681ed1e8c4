package fr.vigie.bench;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Deterministic generator of realistic AI-system bodies for the benchmark: categories, statuses,
 * AI Act routes and review dates are spread so that every list filter selects a real subset.
 */
final class BenchmarkData {

  private static final String[] CATEGORIES = {"RPA", "RPA_AI", "GENERATIVE_AI", "AGENTIC_AI", "PREDICTIVE_ML", "NLP", "COMPUTER_VISION", "OTHER"};
  private static final String[] STATUSES = {"IDEA", "DESIGN", "PILOT", "PRODUCTION", "PRODUCTION", "PRODUCTION", "SUSPENDED", "RETIRED"};
  private static final String[] NOUNS = {"robot", "assistant", "prévision", "tri", "synthèse", "extraction", "détection", "planification"};
  private static final String[] DOMAINS = {"facturation", "RH", "imagerie", "urgences", "pharmacie", "restauration", "bloc", "courrier"};

  private BenchmarkData() {}

  static String system(int i) {
    String category = CATEGORIES[i % CATEGORIES.length];
    String status = STATUSES[(i / 3) % STATUSES.length];
    boolean device = i % 10 == 0;
    String route = device ? "HIGH_RISK_ANNEX_I" : (i % 7 == 0 ? "TRANSPARENCY_ART_50" : "MINIMAL");
    String review = LocalDate.of(2025, 1, 1).plusDays(i % 900).toString();
    String name = NOUNS[i % NOUNS.length] + " " + DOMAINS[(i / 8) % DOMAINS.length] + " n°" + i;
    return String.format(Locale.ROOT, """
        {"name":"%s","shortDescription":"Système généré pour le banc d'essai n°%d","intendedPurpose":"Banc d'essai",
         "accountableOwner":"Responsable %d","category":"%s","inHouse":true,"selfLearning":false,
         "automationLevel":"DECISION_SUPPORT","medicalDeviceClass":"%s","ceCertificateReference":%s,
         "aiActRole":"DEPLOYER","aiActRoute":"%s","aiActJustification":"Banc d'essai","personalData":false,
         "healthData":false,"hosting":"ON_PREMISES","dataLocation":"FRANCE","dpiaStatus":"NOT_REQUIRED",
         "logRetentionMonths":12,"status":"%s","nextReviewDate":"%s","tags":["banc","%s"]}""",
        name, i, i % 97, category, device ? "MDR_IIA" : "NOT_MEDICAL_DEVICE", device ? "\"CE-" + i + "\"" : "null",
        route, status, review, DOMAINS[i % DOMAINS.length]);
  }
}
