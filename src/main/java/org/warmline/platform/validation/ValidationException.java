package org.warmline.platform.validation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule. Carries one message key per offending field so that the editor
 * can show each message next to its field.
 */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    /** One problem: the field it belongs to and the bundle key of its message. */
    public record FieldError(String field, String messageKey) {
    }

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey())
                .collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Field name to message key, first error per field. */
    public Map<String, String> byField() {
        return errors.stream().collect(Collectors.toMap(FieldError::field,
                FieldError::messageKey, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
