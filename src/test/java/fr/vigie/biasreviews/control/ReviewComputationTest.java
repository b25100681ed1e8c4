package fr.vigie.biasreviews.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.platform.problem.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a review's attributes name the row at fault; the figures come from the core, names trimmed. */
class ReviewComputationTest {

  private static ExaminedAttribute attribute(String name, String reference, GroupCounts... groups) {
    ExaminedAttribute a = new ExaminedAttribute();
    a.name = name;
    a.referenceGroup = reference;
    a.groups = new ArrayList<>(List.of(groups));
    return a;
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).toList();
  }

  @Test
  void eachRuleNamesTheRowOrTheFieldAtFault() {
    var sex = attribute("Sexe", "Autre", new GroupCounts("Femmes", 1, 2, 3, 4),
        new GroupCounts(" femmes", 1, 1, 1, 1), new GroupCounts("Vide", 0, 0, 0, 0));
    var again = attribute("sexe ", null, new GroupCounts("A", 1, 1, 1, 1));
    var empty = attribute("Âge", null);
    assertThat(fields(ReviewComputation.check(List.of(sex, again, empty), true))).containsExactly(
        "attributes[0].groups[1].name", "attributes[0].groups[2]", "attributes[0].referenceGroup",
        "attributes[1].name", "attributes[2].groups");
    assertThat(fields(ReviewComputation.check(List.of(), true))).containsExactly("attributes");
  }

  @Test
  void aQualitativeReviewNamesAttributesWithoutGroupsOrReference() {
    var named = attribute("Langue", null);
    assertThat(ReviewComputation.check(List.of(named), false)).isEmpty();
    assertThat(ReviewComputation.check(null, false)).isEmpty();
    var withGroups = attribute("Langue", "FR", new GroupCounts("FR", 1, 1, 1, 1));
    assertThat(fields(ReviewComputation.check(List.of(withGroups), false)))
        .containsExactly("attributes[0].groups", "attributes[0].referenceGroup");
  }

  @Test
  void theDefaultReferenceIsTheLargestGroupAndTheMinimumSizeMarksSmallGroups() {
    var site = attribute(" Site ", null, new GroupCounts(" Nancy", 10, 5, 30, 5),
        new GroupCounts("Metz ", 100, 50, 300, 50), new GroupCounts("Épinal", 2, 1, 3, 1));
    var results = ReviewComputation.compute(List.of(site), 8, new ReviewThresholds().effective());
    AttributeResult result = results.get(0);
    assertThat(result.name()).isEqualTo("Site");
    assertThat(result.referenceGroup()).isEqualTo("Metz");
    assertThat(result.referenceGroupGiven()).isFalse();
    assertThat(result.groups()).extracting(g -> g.name).containsExactly("Nancy", "Metz", "Épinal");
    assertThat(result.report().insufficientDataGroups()).containsExactly("Épinal");
    assertThat(result.report().versusReference().get("Épinal").get(FairnessRate.TPR).seismometerBand())
        .isEqualTo(SeismometerBand.UNKNOWN);
  }

  @Test
  void overriddenThresholdsReachTheCore() {
    var t = new ReviewThresholds();
    t.fourFifths = 0.5;
    var site = attribute("Site", "A", new GroupCounts("A", 40, 0, 60, 0), new GroupCounts("B", 25, 0, 75, 0));
    var report = ReviewComputation.compute(List.of(site), 10, t.effective()).get(0).report();
    assertThat(report.summary().demographicParityRatio().value()).isEqualTo(0.625);
    assertThat(report.summary().fourFifthsRulePass()).isTrue();
  }
}
