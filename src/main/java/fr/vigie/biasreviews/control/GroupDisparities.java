package fr.vigie.biasreviews.control;

import fr.vigie.platform.stats.Figure;
import fr.vigie.platform.stats.Severity;
import java.util.List;

/** Aggregates and comparisons of per-group rates: Fairlearn between groups, Aequitas/seismometer versus reference. */
final class GroupDisparities {

    static final String UNDEFINED_RATE = "UNDEFINED_RATE";

    private GroupDisparities() {
    }

    /** {@code max - min} and {@code min / max} over the groups where the rate is defined. */
    static GroupSpread between(List<GroupRates> groups, FairnessRate rate, FairnessThresholds t) {
        int defined = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        String lowest = null;
        String highest = null;
        for (GroupRates g : groups) {
            Figure value = g.rate(rate);
            if (!value.defined()) {
                continue;
            }
            defined++;
            if (value.value() < min) {
                min = value.value();
                lowest = g.group();
            }
            if (value.value() > max) {
                max = value.value();
                highest = g.group();
            }
        }
        if (defined == 0) {
            Figure none = Figure.undefined("NO_GROUP_DEFINED");
            return new GroupSpread(none, none, 0, null, null, Severity.INSUFFICIENT_DATA);
        }
        Figure difference = Figure.of(max - min);
        Figure ratio = Figure.quotient(min, max, "MAX_IS_ZERO");
        Severity severity = defined < 2 ? Severity.INSUFFICIENT_DATA : t.differenceBands().classify(difference);
        return new GroupSpread(difference, ratio, defined, lowest, highest, severity);
    }

    /** One group's rate against the reference group's (Aequitas disparity, seismometer ratio). */
    static ReferenceDisparity versus(GroupRates group, GroupRates reference, FairnessRate rate, FairnessThresholds t) {
        Figure g = group.rate(rate);
        Figure ref = reference.rate(rate);
        if (!g.defined() || !ref.defined()) {
            Figure undefined = Figure.undefined(UNDEFINED_RATE);
            return new ReferenceDisparity(undefined, undefined, undefined, null, SeismometerBand.UNKNOWN,
                    SeismometerBand.UNKNOWN.severity());
        }
        Figure ratio = Figure.quotient(g.value(), ref.value(), "ZERO_OVER_ZERO");
        Figure disparity = ratio.status() == Figure.Status.POSITIVE_INFINITY
                ? Figure.of(FairnessThresholds.AEQUITAS_DIVISION_BY_ZERO_CAP)
                : ratio;
        Boolean fair = disparity.defined()
                ? t.aequitasTau() <= disparity.value() && disparity.value() <= 1 / t.aequitasTau()
                : null;
        SeismometerBand band = SeismometerBand.of(ratio, t.seismometerLimit(), group.insufficientData());
        return new ReferenceDisparity(Figure.of(g.value() - ref.value()), ratio, disparity, fair, band,
                band.severity());
    }

    /** AIF360's signed metrics, unprivileged minus privileged. */
    static TwoGroupComparison twoGroup(GroupRates unprivileged, GroupRates privileged) {
        Figure fprDiff = minus(unprivileged, privileged, FairnessRate.FPR);
        Figure tprDiff = minus(unprivileged, privileged, FairnessRate.TPR);
        boolean oddsDefined = fprDiff.defined() && tprDiff.defined();
        Figure undefined = Figure.undefined(UNDEFINED_RATE);
        Figure averageOdds = oddsDefined ? Figure.of((fprDiff.value() + tprDiff.value()) / 2) : undefined;
        Figure averageAbsOdds = oddsDefined
                ? Figure.of((Math.abs(fprDiff.value()) + Math.abs(tprDiff.value())) / 2) : undefined;
        Figure equalizedOdds = oddsDefined
                ? Figure.of(Math.max(Math.abs(fprDiff.value()), Math.abs(tprDiff.value()))) : undefined;
        Figure srU = unprivileged.rate(FairnessRate.SELECTION_RATE);
        Figure srP = privileged.rate(FairnessRate.SELECTION_RATE);
        return new TwoGroupComparison(unprivileged.group(), privileged.group(),
                minus(unprivileged, privileged, FairnessRate.SELECTION_RATE),
                Figure.quotient(srU.value(), srP.value(), "ZERO_OVER_ZERO"),
                tprDiff, averageOdds, averageAbsOdds, equalizedOdds,
                minus(unprivileged, privileged, FairnessRate.FNR),
                minus(unprivileged, privileged, FairnessRate.PPV),
                FairnessConventions.twoGroup());
    }

    private static Figure minus(GroupRates a, GroupRates b, FairnessRate rate) {
        Figure x = a.rate(rate);
        Figure y = b.rate(rate);
        return x.defined() && y.defined() ? Figure.of(x.value() - y.value()) : Figure.undefined(UNDEFINED_RATE);
    }
}
