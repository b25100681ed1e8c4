package fr.vigie.biasreviews.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.vigie.platform.stats.InvalidInputReason;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Meaningless fairness input is refused with a specific reason. */
class FairnessInputRefusalTest {

    private final FairnessCalculator calculator = new FairnessCalculator();

    private static InvalidStatisticsInputException refusal(Executable call) {
        return catchThrowableOfType(InvalidStatisticsInputException.class, () -> call.execute());
    }

    @Test
    void refusesAGroupWithoutObservations() {
        Map<String, ConfusionMatrix> groups = new LinkedHashMap<>();
        groups.put("A", new ConfusionMatrix(5, 5, 5, 5));
        groups.put("B", new ConfusionMatrix(0, 0, 0, 0));

        var e = refusal(() -> calculator.evaluate(groups, null));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.EMPTY_TOTAL);
        assertThat(e.field()).isEqualTo("groups.B");
        assertThat(e.getMessage()).contains("'B'");
    }

    @Test
    void refusesANegativeCellNamingTheGroup() {
        var e = refusal(() -> ConfusionMatrix.of("B", 1, -1, 1, 1));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NEGATIVE_COUNT);
        assertThat(e.field()).isEqualTo("groups.B.FP");
    }

    @Test
    void refusesANonIntegerCell() {
        var e = refusal(() -> ConfusionMatrix.of("B", 1, 1, 1.5, 1));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NON_INTEGER_COUNT);
        assertThat(e.field()).isEqualTo("groups.B.TN");
    }

    @Test
    void refusesAReferenceGroupThatIsNotAmongTheGroups() {
        var e = refusal(() -> calculator.evaluate(Map.of("A", new ConfusionMatrix(1, 1, 1, 1)), "Z"));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.UNKNOWN_REFERENCE_GROUP);
        assertThat(e.field()).isEqualTo("referenceGroup");
    }

    @Test
    void refusesNoGroupAtAll() {
        var e = refusal(() -> calculator.evaluate(Map.of(), null));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.NO_GROUPS);
    }

    @Test
    void refusesAnInvalidAequitasTau() {
        var e = refusal(() -> new FairnessThresholds(10, 1.5, 0.25, 0.8,
                FairnessThresholds.registryDefaults().differenceBands()));

        assertThat(e.reason()).isEqualTo(InvalidInputReason.INVALID_PARAMETER);
        assertThat(e.field()).isEqualTo("aequitasTau");
    }
}
