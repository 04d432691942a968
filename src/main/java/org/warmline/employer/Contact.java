package org.warmline.employer;

import java.time.Instant;

/** A person at an employer whom recruiters talk to (hiring manager, HR...). */
public record Contact(ContactId id, EmployerId employerId, String firstName, String lastName,
                      String role, String email, String phone, String postalAddress,
                      String linkedInUrl, String notes, Instant createdAt, Instant updatedAt,
                      int version) {

    /** An unsaved contact of {@code employerId}. */
    public static Contact draft(EmployerId employerId, String firstName, String lastName,
                                String role, String email, String phone, String postalAddress,
                                String linkedInUrl, String notes) {
        return new Contact(null, employerId, firstName, lastName, role, email, phone,
                postalAddress, linkedInUrl, notes, null, null, 0);
    }

    /** This contact with other editable details, keeping identity, employer and version. */
    public Contact withDetails(String newFirstName, String newLastName, String newRole,
                               String newEmail, String newPhone, String newPostalAddress,
                               String newLinkedInUrl, String newNotes) {
        return new Contact(id, employerId, newFirstName, newLastName, newRole, newEmail, newPhone,
                newPostalAddress, newLinkedInUrl, newNotes, createdAt, updatedAt, version);
    }

    /** First and last name, as shown in lists. */
    public String displayName() {
        return (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
