package org.warmline.employer;

import java.time.Instant;

/**
 * A client company that hires through the agency. {@code id} is null until it is saved;
 * {@code version} is the optimistic-lock version the editor read.
 */
public record Employer(EmployerId id, String name, String website, String phone,
                       String postalAddress, String industry, String notes, Instant createdAt,
                       Instant updatedAt, int version) {

    /** An unsaved employer with the given details. */
    public static Employer draft(String name, String website, String phone, String postalAddress,
                                 String industry, String notes) {
        return new Employer(null, name, website, phone, postalAddress, industry, notes, null, null,
                0);
    }

    /** This employer with other editable details, keeping identity, timestamps and version. */
    public Employer withDetails(String newName, String newWebsite, String newPhone,
                                String newPostalAddress, String newIndustry, String newNotes) {
        return new Employer(id, newName, newWebsite, newPhone, newPostalAddress, newIndustry,
                newNotes, createdAt, updatedAt, version);
    }

    /** True once the employer has been saved. */
    public boolean isSaved() {
        return id != null;
    }
}
