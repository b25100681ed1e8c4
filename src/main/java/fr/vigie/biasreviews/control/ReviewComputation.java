package fr.vigie.biasreviews.control;

import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.StatisticsRefusals;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a review's examined attributes and the computation of their figures by the fairness core. Every
 * refusal names the row in the body ({@code attributes[0].groups[2]}), so a form can show it on its field.
 */
public final class ReviewComputation {

  private ReviewComputation() {}

  /** Structural rules of the attributes of a quantitative ({@code quantitative}) or qualitative review. */
  public static List<Violation> check(List<ExaminedAttribute> attributes, boolean quantitative) {
    List<Violation> violations = new ArrayList<>();
    List<ExaminedAttribute> list = attributes == null ? List.of() : attributes;
    if (quantitative && list.isEmpty()) {
      violations.add(new Violation("attributes", Messages.get("vigie.bias.attributes.required")));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      ExaminedAttribute a = list.get(i);
      String at = "attributes[" + i + "]";
      if (a.name != null && !names.add(key(a.name))) {
        violations.add(new Violation(at + ".name", Messages.get("vigie.bias.attribute.duplicate")));
      }
      List<GroupCounts> groups = a.groups == null ? List.of() : a.groups;
      if (!quantitative) {
        if (!groups.isEmpty()) {
          violations.add(new Violation(at + ".groups", Messages.get("vigie.bias.qualitative.groups")));
        }
        if (a.referenceGroup != null) {
          violations.add(new Violation(at + ".referenceGroup", Messages.get("vigie.bias.qualitative.field")));
        }
        continue;
      }
      if (groups.isEmpty()) {
        violations.add(new Violation(at + ".groups", Messages.get("vigie.bias.groups.required")));
      }
      Set<String> groupNames = new HashSet<>();
      for (int j = 0; j < groups.size(); j++) {
        GroupCounts g = groups.get(j);
        String row = at + ".groups[" + j + "]";
        if (g.name != null && !g.name.isBlank() && !groupNames.add(key(g.name))) {
          violations.add(new Violation(row + ".name", Messages.get("vigie.bias.group.duplicate")));
        }
        if (g.tp != null && g.fp != null && g.tn != null && g.fn != null && g.tp + g.fp + g.tn + g.fn == 0) {
          violations.add(new Violation(row, Messages.get("vigie.bias.group.empty")));
        }
      }
      if (a.referenceGroup != null && groups.stream().noneMatch(g -> a.referenceGroup.trim().equals(trimmed(g.name)))) {
        violations.add(new Violation(at + ".referenceGroup", Messages.get("vigie.bias.reference.unknown")));
      }
    }
    return violations;
  }

  /**
   * The figures of each attribute of a quantitative review that passed {@link #check}. A refusal of the core is
   * returned as the violation of the row it names.
   */
  public static List<AttributeResult> compute(List<ExaminedAttribute> attributes, long minimumGroupSize,
      ReviewThresholds effective) {
    FairnessCalculator calculator = new FairnessCalculator(effective.core(minimumGroupSize));
    List<AttributeResult> results = new ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      ExaminedAttribute a = attributes.get(i);
      Map<String, ConfusionMatrix> groups = new LinkedHashMap<>();
      List<GroupCounts> posted = new ArrayList<>();
      for (GroupCounts g : a.groups) {
        String name = g.name.trim();
        groups.put(name, g.matrix());
        posted.add(new GroupCounts(name, g.tp, g.fp, g.tn, g.fn));
      }
      String reference = a.referenceGroup == null ? null : a.referenceGroup.trim();
      FairnessReport report;
      try {
        report = calculator.evaluate(groups, reference);
      } catch (InvalidStatisticsInputException e) {
        throw new RefusedInput(new Violation(field(i, a, e), StatisticsRefusals.violationMessage(e)));
      }
      results.add(new AttributeResult(a.name.trim(), report.referenceGroup(), reference != null, posted, report));
    }
    return results;
  }

  /** The field of the body a core refusal is about: the row of the group it names, else the attribute. */
  private static String field(int i, ExaminedAttribute a, InvalidStatisticsInputException e) {
    String at = "attributes[" + i + "]";
    if (e.reason() == InvalidInputReason.UNKNOWN_REFERENCE_GROUP) {
      return at + ".referenceGroup";
    }
    String f = e.field() == null ? "" : e.field();
    for (int j = 0; j < a.groups.size(); j++) {
      String prefix = "groups." + trimmed(a.groups.get(j).name);
      if (f.equals(prefix)) {
        return at + ".groups[" + j + "]";
      }
      if (f.startsWith(prefix + ".")) {
        return at + ".groups[" + j + "]." + f.substring(prefix.length() + 1).toLowerCase(Locale.ROOT);
      }
    }
    return at;
  }

  private static String trimmed(String s) {
    return s == null ? null : s.trim();
  }

  private static String key(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  /** A core refusal the rules above did not foresee, named on its row. */
  public static final class RefusedInput extends RuntimeException {
    private final transient Violation violation;

    RefusedInput(Violation violation) {
      super(violation.field() + ": " + violation.message());
      this.violation = violation;
    }

    public Violation violation() {
      return violation;
    }
  }
}
