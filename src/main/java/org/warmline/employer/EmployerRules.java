package org.warmline.employer;

import java.util.Locale;
import org.warmline.platform.validation.Validator;

/** Input clean-up and validation of employers; field names match the editor's fields. */
final class EmployerRules {
    private EmployerRules() {
    }

    /** Trims every text, turns blanks into null and gives a bare web address a scheme. */
    static Employer clean(Employer e) {
        return new Employer(e.id(), Text.clean(e.name()), Text.webAddress(e.website()),
                Text.clean(e.phone()), Text.clean(e.postalAddress()), Text.clean(e.industry()),
                Text.clean(e.notes()), e.createdAt(), e.updatedAt(), e.version());
    }

    /** Throws a ValidationException listing every field that breaks a rule. */
    static void validate(Employer e) {
        new Validator()
                .required("name", e.name()).maxLength("name", e.name(), 200)
                .url("website", e.website()).maxLength("website", e.website(), 500)
                .phone("phone", e.phone()).maxLength("phone", e.phone(), 50)
                .maxLength("industry", e.industry(), 100)
                .maxLength("postalAddress", e.postalAddress(), 1000)
                .maxLength("notes", e.notes(), 32000)
                .throwIfInvalid();
    }

    /** Small text normalisations shared by employers and contacts. */
    static final class Text {
        private Text() {
        }

        static String clean(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        static String webAddress(String s) {
            String t = clean(s);
            if (t == null || t.toLowerCase(Locale.ROOT).matches("^https?://.*")) {
                return t;
            }
            return "https://" + t;
        }
    }
}
