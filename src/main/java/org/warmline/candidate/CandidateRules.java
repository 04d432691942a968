package org.warmline.candidate;

import org.warmline.platform.validation.Validator;

/** The rules a candidate must satisfy before it is stored; limits match the CANDIDATE columns. */
final class CandidateRules {
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int PHONE_MAX = 50;
    static final int ADDRESS_MAX = 1000;
    static final int LINKEDIN_MAX = 500;
    static final int TITLE_MAX = 200;
    static final int SKILLS_MAX = 2000;
    static final int SOURCE_MAX = 100;
    static final int NOTES_MAX = 32000;

    private CandidateRules() {
    }

    /** Throws ValidationException naming each offending field as the editor does. */
    static void validate(Candidate c) {
        new Validator()
                .required("firstName", c.firstName()).maxLength("firstName", c.firstName(), NAME_MAX)
                .required("lastName", c.lastName()).maxLength("lastName", c.lastName(), NAME_MAX)
                .email("email", c.email()).maxLength("email", c.email(), EMAIL_MAX)
                .email("email2", c.email2()).maxLength("email2", c.email2(), EMAIL_MAX)
                .phone("phone", c.phone()).maxLength("phone", c.phone(), PHONE_MAX)
                .maxLength("postalAddress", c.postalAddress(), ADDRESS_MAX)
                .linkedIn("linkedInUrl", c.linkedInUrl())
                .maxLength("linkedInUrl", c.linkedInUrl(), LINKEDIN_MAX)
                .maxLength("currentTitle", c.currentTitle(), TITLE_MAX)
                .maxLength("skills", c.skillsText(), SKILLS_MAX)
                .maxLength("source", c.source(), SOURCE_MAX)
                .check(c.status() != null, "status", "validation.required")
                .maxLength("notes", c.notes(), NOTES_MAX)
                .throwIfInvalid();
    }

    /** The candidate with single-line fields trimmed and blank fields turned into null. */
    static Candidate clean(Candidate c) {
        return new Candidate(c.id(), line(c.firstName()), line(c.lastName()), line(c.email()),
                line(c.email2()), line(c.phone()), block(c.postalAddress()), line(c.linkedInUrl()),
                line(c.currentTitle()), c.skills(), line(c.source()), c.ownerId(), c.status(),
                block(c.notes()), c.createdAt(), c.updatedAt(), c.version());
    }

    private static String line(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Multi-line text is kept exactly as typed; only an all-blank text becomes null. */
    private static String block(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
