package org.warmline.platform.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.warmline.platform.text.Normalize;

/**
 * Collects field errors and throws them together.
 *
 * <pre>{@code
 * new Validator()
 *     .required("lastName", c.lastName())
 *     .email("email", c.email())
 *     .throwIfInvalid();
 * }</pre>
 */
public final class Validator {
    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{6,30}$");
    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validator required(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        }
        return this;
    }

    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "validation.tooLong");
        }
        return this;
    }

    public Validator email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            add(field, "validation.email");
        }
        return this;
    }

    public Validator phone(String field, String value) {
        if (value != null && !value.isBlank()
                && (!PHONE.matcher(value.strip()).matches() || Normalize.phone(value) == null)) {
            add(field, "validation.phone");
        }
        return this;
    }

    /** An http(s) URL with a host. */
    public Validator url(String field, String value) {
        if (value != null && !value.isBlank() && !isWebUrl(value.strip())) {
            add(field, "validation.url");
        }
        return this;
    }

    /** A LinkedIn profile URL (linkedin.com/in/...). */
    public Validator linkedIn(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String norm = Normalize.linkedIn(value);
        if (!isWebUrl(withScheme(value.strip())) || norm == null
                || !norm.matches("linkedin\\.com/(in|pub)/[^/\\s]+.*")) {
            add(field, "validation.linkedin");
        }
        return this;
    }

    public Validator check(boolean ok, String field, String messageKey) {
        if (!ok) {
            add(field, messageKey);
        }
        return this;
    }

    public void add(String field, String messageKey) {
        errors.add(new ValidationException.FieldError(field, messageKey));
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String withScheme(String value) {
        return value.matches("(?i)^https?://.*") ? value : "https://" + value;
    }

    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(withScheme(value));
            return uri.getHost() != null && uri.getHost().contains(".")
                    && !value.contains(" ");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
