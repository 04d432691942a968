package org.warmline.feedback;

import org.warmline.employer.ContactId;

/** A contact of the job's employer that feedback can be requested from. */
public record ContactOption(ContactId id, String name, String role) {
    @Override
    public String toString() {
        return role == null || role.isBlank() ? name : name + " (" + role + ")";
    }
}
