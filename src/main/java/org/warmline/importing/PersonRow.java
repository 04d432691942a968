package org.warmline.importing;

import java.time.LocalDate;
import java.util.List;
import org.warmline.platform.text.Normalize;

/** One person read from a row, trimmed, before it is checked against the rules. */
record PersonRow(int row, String firstName, String lastName, String email, String email2,
                 String phone, String linkedIn, String company, String title, String skills,
                 String source, String notes, String address, LocalDate connectedOn) {

    /** The keys that identify this person for duplicate detection (normalised identifiers). */
    List<String> identityKeys() {
        List<String> keys = new java.util.ArrayList<>(4);
        addKey(keys, "e:", Normalize.email(email));
        addKey(keys, "e:", Normalize.email(email2));
        addKey(keys, "p:", Normalize.phone(phone));
        addKey(keys, "l:", Normalize.linkedIn(linkedIn));
        return keys;
    }

    /** The normalised identifiers, as hashed in the erasure register. */
    List<String> identifiers() {
        return identityKeys().stream().map(k -> k.substring(2)).toList();
    }

    /** The fallback key of a person without e-mail, phone or LinkedIn: name and title. */
    String nameKey() {
        return nameKey(Normalize.fold(lastName + " " + firstName), title);
    }

    /** The fallback key of a contact: name, role and employer. */
    String contactNameKey() {
        return contactNameKey(firstName, lastName, title, company);
    }

    static String contactNameKey(String first, String last, String role, String employer) {
        return nameKey(Normalize.fold(last + " " + first), role) + "|" + Normalize.fold(employer);
    }

    static String nameKey(String sortName, String title) {
        return "n:" + sortName + "|" + Normalize.fold(title);
    }

    private static void addKey(List<String> keys, String prefix, String value) {
        if (value != null && !keys.contains(prefix + value)) {
            keys.add(prefix + value);
        }
    }
}
