package fr.vigie.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityBandsTest {

    private final SeverityBands psi = SeverityBands.atLeast(0.10, 0.25);
    private final SeverityBands pValue = SeverityBands.below(0.15, 0.05);

    @Test
    void distanceBoundariesBelongToTheHigherBandAsEvidentlyComparesWithGreaterOrEqual() {
        assertThat(psi.classify(Figure.of(0.0999))).isEqualTo(Severity.NONE);
        assertThat(psi.classify(Figure.of(0.10))).isEqualTo(Severity.MODERATE);
        assertThat(psi.classify(Figure.of(0.25))).isEqualTo(Severity.SIGNIFICANT);
        assertThat(psi.classify(Figure.of(Double.POSITIVE_INFINITY))).isEqualTo(Severity.SIGNIFICANT);
    }

    @Test
    void pValueBoundariesUseStrictlyBelowLikeWhylogs() {
        assertThat(pValue.classify(Figure.of(0.15))).isEqualTo(Severity.NONE);
        assertThat(pValue.classify(Figure.of(0.05))).isEqualTo(Severity.MODERATE);
        assertThat(pValue.classify(Figure.of(0.0499))).isEqualTo(Severity.SIGNIFICANT);
    }

    @Test
    void undefinedFigureIsInsufficientDataNeverNone() {
        assertThat(psi.classify(Figure.undefined("X"))).isEqualTo(Severity.INSUFFICIENT_DATA);
        assertThat(pValue.classify(Figure.undefined("X"))).isEqualTo(Severity.INSUFFICIENT_DATA);
    }

    @Test
    void refusesBandsInTheWrongOrder() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SeverityBands.atLeast(0.3, 0.1))
                .isInstanceOf(InvalidStatisticsInputException.class);
    }
}
