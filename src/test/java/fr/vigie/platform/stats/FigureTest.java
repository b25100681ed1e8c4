package fr.vigie.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void zeroOverZeroIsUndefinedWithItsReasonAndNoValue() {
        Figure f = Figure.quotient(0, 0, "NO_POSITIVES");

        assertThat(f.status()).isEqualTo(Figure.Status.UNDEFINED);
        assertThat(f.value()).isNull();
        assertThat(f.reason()).isEqualTo("NO_POSITIVES");
        assertThat(f.defined()).isFalse();
        assertThat(f.asDouble()).isNaN();
    }

    @Test
    void positiveOverZeroIsPositiveInfinityWithoutAValue() {
        Figure f = Figure.quotient(3, 0, "unused");

        assertThat(f.status()).isEqualTo(Figure.Status.POSITIVE_INFINITY);
        assertThat(f.value()).isNull();
        assertThat(f.defined()).isTrue();
        assertThat(f.asDouble()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void infiniteDoublesBecomeInfiniteFigures() {
        assertThat(Figure.of(Double.NEGATIVE_INFINITY).status()).isEqualTo(Figure.Status.NEGATIVE_INFINITY);
        assertThat(Figure.of(0.25).value()).isEqualTo(0.25);
    }

    @Test
    void notANumberMustBeReportedExplicitlyAsUndefined() {
        assertThatThrownBy(() -> Figure.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFiniteFigureCannotCarryANonFiniteValue() {
        assertThatThrownBy(() -> new Figure(Figure.Status.FINITE, Double.NaN, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure(Figure.Status.UNDEFINED, 1.0, "X"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
