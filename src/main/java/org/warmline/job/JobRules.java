package org.warmline.job;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.warmline.platform.validation.Validator;

/** Input clean-up, defaults and validation of jobs; field names match the job editor's fields. */
final class JobRules {
    static final String DEFAULT_CURRENCY = "GBP";

    private JobRules() {
    }

    /**
     * Trims texts, upper-cases the currency (GBP when blank), opens the job today when it has no
     * opening date, and sets the closing date its status calls for.
     */
    static Job clean(Job j, LocalDate today) {
        String currency = clean(j.currency());
        currency = currency == null ? DEFAULT_CURRENCY : currency.toUpperCase(Locale.ROOT);
        LocalDate opened = j.openedOn() != null ? j.openedOn() : today;
        return new Job(j.id(), j.employerId(), clean(j.title()), clean(j.location()),
                j.salaryMin(), j.salaryMax(), currency, j.status(), opened,
                j.status().closedOn(j.closedOn(), today), j.ownerId(), j.skills(),
                clean(j.description()), j.createdAt(), j.updatedAt(), j.version());
    }

    /** Throws a ValidationException listing every field that breaks a rule. */
    static void validate(Job j) {
        Validator v = new Validator()
                .check(j.employerId() != null, "employer", "validation.required")
                .required("title", j.title()).maxLength("title", j.title(), 200)
                .maxLength("location", j.location(), 200)
                .check(nonNegative(j.salaryMin()), "salaryMin", "job.validation.negative")
                .check(nonNegative(j.salaryMax()), "salaryMax", "job.validation.negative")
                .check(fitsColumn(j.salaryMin()), "salaryMin", "job.validation.tooLarge")
                .check(fitsColumn(j.salaryMax()), "salaryMax", "job.validation.tooLarge")
                .check(j.salaryMin() == null || j.salaryMax() == null
                        || j.salaryMin().compareTo(j.salaryMax()) <= 0,
                        "salaryMax", "validation.salaryRange")
                .check(j.currency().matches("[A-Z]{3}"), "currency", "job.validation.currency")
                .check(j.closedOn() == null || !j.closedOn().isBefore(j.openedOn()),
                        "closedOn", "validation.closedBeforeOpened")
                .maxLength("skills", j.skillsText(), 2000)
                .maxLength("description", j.description(), 32000);
        v.throwIfInvalid();
    }

    private static boolean nonNegative(BigDecimal amount) {
        return amount == null || amount.signum() >= 0;
    }

    /** DECIMAL(12,2): at most ten digits before the point. */
    private static boolean fitsColumn(BigDecimal amount) {
        return amount == null || amount.abs().compareTo(new BigDecimal("9999999999.99")) <= 0;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
