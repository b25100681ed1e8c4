package fr.vigie.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A quality engineer reading a refused check in French reads French, with the value the core received. */
class StatisticsRefusalsTest {

  @Test
  void frenchMessageByReasonKeepsTheReceivedValue() {
    var e = new InvalidStatisticsInputException(InvalidInputReason.NEGATIVE_COUNT, "current.counts[3]",
        "current.counts[3] must not be negative, got -2.0");
    assertEquals("un effectif ne peut pas être négatif (valeur reçue : -2.0)",
        StatisticsRefusals.message(e, Locale.FRENCH));
  }

  @Test
  void frenchMessageByFieldWhenTheReasonAloneIsVague() {
    var e = new InvalidStatisticsInputException(InvalidInputReason.INVALID_PARAMETER, "thresholds.ewmaLambda",
        "λ must lie in (0, 1], got 1.5");
    assertEquals("doit être compris entre 0 (exclu) et 1 (inclus) (valeur reçue : 1.5)",
        StatisticsRefusals.message(e, Locale.FRENCH));
  }

  @Test
  void frenchMessageWithoutReceivedValue() {
    var e = new InvalidStatisticsInputException(InvalidInputReason.MISMATCHED_BIN_EDGES, "current.binEdges",
        "current.binEdges [0.0, 1.0] differ from reference.binEdges [0.0, 2.0]: both periods must use the same bins");
    assertEquals("les bornes des classes doivent être les mêmes pour la période de référence et la période contrôlée",
        StatisticsRefusals.message(e, Locale.FRENCH));
  }

  @Test
  void everyReasonHasAFrenchMessage() {
    for (InvalidInputReason reason : InvalidInputReason.values()) {
      var e = new InvalidStatisticsInputException(reason, "x", "english only");
      assertNotEquals("english only", StatisticsRefusals.message(e, Locale.FRENCH), reason.name());
    }
  }

  @Test
  void englishKeepsTheCoresPreciseMessage() {
    var e = new InvalidStatisticsInputException(InvalidInputReason.NEGATIVE_COUNT, "current.counts[3]",
        "current.counts[3] must not be negative, got -2.0");
    assertEquals("current.counts[3] must not be negative, got -2.0", StatisticsRefusals.message(e, Locale.ENGLISH));
  }

  @Test
  void lastNameDropsIndicesAndParents() {
    assertEquals("counts", StatisticsRefusals.lastName("checks[2].current.counts[3]"));
    assertEquals("ewmaLambda", StatisticsRefusals.lastName("thresholds.ewmaLambda"));
    assertEquals("periods", StatisticsRefusals.lastName("periods"));
  }
}
