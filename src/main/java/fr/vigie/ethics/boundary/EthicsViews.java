package fr.vigie.ethics.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import fr.vigie.aisystems.boundary.AiSystemDto;
import fr.vigie.ethics.control.MaterialFields;
import fr.vigie.ethics.control.MaterialSnapshot;
import fr.vigie.ethics.entity.EthicsCondition;
import fr.vigie.ethics.entity.EthicsDecision;
import fr.vigie.ethics.entity.EthicsReview;
import fr.vigie.platform.i18n.RequestLocale;
import fr.vigie.platform.json.JsonConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Maps the feature's entities to its DTOs; the JSON columns are read whole. */
final class EthicsViews {

  private final List<EthicsCondition> conditions;
  private final AiSystemDto system;
  private final LocalDate today;

  /** @param conditions the conditions of the decisions to map; @param system their AI system (names) */
  EthicsViews(List<EthicsCondition> conditions, AiSystemDto system, LocalDate today) {
    this.conditions = conditions;
    this.system = system;
    this.today = today;
  }

  EthicsReviewDto review(EthicsReview r, List<EthicsDecision> decisions) {
    return new EthicsReviewDto(r.getId(), r.getAiSystemId(), read(r.getQuestionsJson(), STRINGS),
        read(r.getStakeholdersJson(), STRINGS), r.isRepresentativesInvolved(),
        read(r.getDocumentsJson(), new TypeReference<List<DocumentLinkDto>>() {}), r.getRequestedBy(),
        r.getRequestedOn(), r.getRecordedBy(), r.getRecordedAt(), decisions.stream().map(this::decision).toList());
  }

  EthicsDecisionDto decision(EthicsDecision d) {
    return new EthicsDecisionDto(d.getId(), d.getReviewId(), d.getAiSystemId(), d.getMeetingDate(),
        read(d.getMembersJson(), STRINGS), d.getOutcome(), d.getRationale(), conditionsOf(d.getId()),
        material(d).values(), d.getFingerprint(), d.getSupersedesId(), d.getSupersededById(),
        d.getSupersededById() == null, d.getRecordedBy(), d.getRecordedAt(), d.getVersion());
  }

  List<EthicsConditionDto> conditionsOf(long decisionId) {
    return conditions.stream().filter(c -> c.getDecisionId() == decisionId)
        .map(c -> condition(c, system.id(), system.name(), today)).toList();
  }

  static EthicsConditionDto condition(EthicsCondition c, long aiSystemId, String aiSystemName, LocalDate today) {
    return new EthicsConditionDto(c.getId(), c.getDecisionId(), aiSystemId, aiSystemName, c.getItemNo(),
        c.getDescription(), c.getOwner(), c.getDueOn(), c.getStatus(), c.getClosedOn(), c.getClosingComment(),
        c.overdue(today), c.getVersion(), c.getUpdatedAt());
  }

  static MaterialSnapshot material(EthicsDecision d) {
    return read(d.getMaterialJson(), MaterialSnapshot.class);
  }

  /** The register's labels (field names, enumeration values) in the caller's language. */
  static ResourceBundle registerLabels() {
    return ResourceBundle.getBundle("fr.vigie.aisystems.boundary.RegisterLabels", RequestLocale.current());
  }

  MaterialChangeDto change(MaterialSnapshot.Change c, ResourceBundle labels) {
    return new MaterialChangeDto(c.field(), label(labels, c.field()), c.before(), c.after(),
        text(labels, c.field(), c.beforeText()), text(labels, c.field(), c.afterText()));
  }

  /** A canonical value as people read it: enumeration codes labelled, comma lists spaced. */
  static String text(ResourceBundle labels, String field, String value) {
    if (value == null) {
      return null;
    }
    MaterialFields.Field definition = MaterialFields.field(field);
    String type = definition == null ? null : definition.enumType();
    if (type == null) {
      return "selfLearning".equals(field) ? label(labels, value) : value;
    }
    return Arrays.stream(value.split(",")).map(code -> label(labels, type + "." + code))
        .collect(Collectors.joining(", "));
  }

  static String label(ResourceBundle labels, String key) {
    try {
      return labels.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  static String json(Object value) {
    try {
      return JsonConfiguration.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("ethics data could not be written as JSON", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JsonConfiguration.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored ethics data could not be read", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JsonConfiguration.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored ethics data could not be read", e);
    }
  }

}
