package org.warmline.employer;

import org.warmline.employer.EmployerRules.Text;
import org.warmline.platform.validation.Validator;

/** Input clean-up and validation of contacts; field names match the contact editor's fields. */
final class ContactRules {
    private ContactRules() {
    }

    static Contact clean(Contact c) {
        return new Contact(c.id(), c.employerId(), Text.clean(c.firstName()),
                Text.clean(c.lastName()), Text.clean(c.role()), Text.clean(c.email()),
                Text.clean(c.phone()), Text.clean(c.postalAddress()),
                Text.webAddress(c.linkedInUrl()), Text.clean(c.notes()), c.createdAt(),
                c.updatedAt(), c.version());
    }

    static void validate(Contact c) {
        new Validator()
                .required("firstName", c.firstName()).maxLength("firstName", c.firstName(), 200)
                .required("lastName", c.lastName()).maxLength("lastName", c.lastName(), 200)
                .maxLength("role", c.role(), 200)
                .email("email", c.email()).maxLength("email", c.email(), 320)
                .phone("phone", c.phone()).maxLength("phone", c.phone(), 50)
                .maxLength("postalAddress", c.postalAddress(), 1000)
                .linkedIn("linkedInUrl", c.linkedInUrl())
                .maxLength("linkedInUrl", c.linkedInUrl(), 500)
                .maxLength("notes", c.notes(), 32000)
                .throwIfInvalid();
    }
}
