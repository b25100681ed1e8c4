package fr.vigie.platform.stats;

import java.util.Objects;

/**
 * Refuses input that would make a statistical figure meaningless. Carries a stable {@link InvalidInputReason} code
 * and the offending field (JSON-path-like, e.g. {@code current.counts[3]}), so that the boundary can turn it into a
 * 422 problem+json without parsing the message.
 */
public class InvalidStatisticsInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final InvalidInputReason reason;
    private final String field;

    public InvalidStatisticsInputException(InvalidInputReason reason, String field, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = Objects.requireNonNull(field, "field");
    }

    public InvalidInputReason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
