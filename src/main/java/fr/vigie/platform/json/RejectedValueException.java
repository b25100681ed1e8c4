package fr.vigie.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value of the right JSON type that the API refuses (a date out of range, a control character):
 * a 400 naming the field, with the message of {@code messageKey} (see JsonProcessingMapper).
 */
public class RejectedValueException extends InvalidFormatException {

  private final String messageKey;
  private final transient Object[] arguments;

  public RejectedValueException(
      JsonParser p, Class<?> target, String messageKey, Object... arguments) {
    super(p, messageKey, null, target);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
