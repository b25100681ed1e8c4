package fr.vigie.ethics.control;

import fr.vigie.ethics.entity.EthicsCondition;

/** A condition with the AI system its decision concerns (lists across systems). */
public record ConditionRow(EthicsCondition condition, long aiSystemId, String aiSystemName) {}
