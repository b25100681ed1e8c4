package fr.vigie.scoring.boundary;

import fr.vigie.scoring.entity.Axis;
import java.util.List;

/** A criterion of a grid version; {@code anchorsFr}/{@code anchorsEn}: the written anchors of levels 1 to 5. */
public record ScoringCriterionDto(long id, Axis axis, int position, String code, String labelFr, String labelEn,
    double weight, List<String> anchorsFr, List<String> anchorsEn) {}
