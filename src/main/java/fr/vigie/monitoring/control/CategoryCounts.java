package fr.vigie.monitoring.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One period's counts per category of a categorical variable. Reference and current lists may differ: they are
 * aligned on the union of categories, with 0 where a category is absent (spec §1).
 *
 * @param categories distinct, non-blank category labels
 * @param counts observations per category, parallel to {@code categories}
 */
public record CategoryCounts(List<String> categories, double[] counts) {

    public CategoryCounts {
        // not List.copyOf: a null label must reach validation and be refused with a reason, not an NPE
        categories = categories == null ? null : Collections.unmodifiableList(new ArrayList<>(categories));
        counts = counts == null ? null : counts.clone();
    }

    @Override
    public double[] counts() {
        return counts == null ? null : counts.clone();
    }
}
