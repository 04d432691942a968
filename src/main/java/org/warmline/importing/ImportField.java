package org.warmline.importing;

import java.util.List;
import java.util.Locale;
import org.warmline.platform.text.Normalize;

/**
 * What a column of an imported file holds. Each field knows the header names it is guessed
 * from (compared folded, without spaces or punctuation); its label is the bundle key
 * {@code importing.field.<NAME>}.
 */
public enum ImportField {
    IGNORE(),
    FIRST_NAME("firstname", "givenname", "forename", "first", "vorname", "prenom"),
    LAST_NAME("lastname", "surname", "familyname", "last", "nachname", "nom"),
    FULL_NAME("name", "fullname", "candidate", "candidatename", "contactname"),
    EMAIL("email", "emailaddress", "mail", "e-mail", "email1", "primaryemail", "workemail"),
    EMAIL2("email2", "secondemail", "otheremail", "personalemail", "alternativeemail"),
    PHONE("phone", "telephone", "tel", "mobile", "mobilephone", "phonenumber", "cell"),
    LINKEDIN("linkedin", "linkedinurl", "url", "profileurl", "linkedinprofile", "profile"),
    COMPANY("company", "employer", "organisation", "organization", "currentcompany", "firm"),
    TITLE("title", "position", "jobtitle", "role", "currenttitle", "currentposition"),
    SKILLS("skills", "skill", "keywords", "tags"),
    SOURCE("source", "origin", "leadsource"),
    NOTES("notes", "note", "comments", "comment", "remarks"),
    ADDRESS("address", "postaladdress", "location", "city"),
    CONNECTED_ON("connectedon", "connected", "dateconnected");

    private final List<String> names;

    ImportField(String... names) {
        this.names = List.of(names);
    }

    /** The bundle key of this field's label. */
    public String labelKey() {
        return "importing.field." + name();
    }

    /** The field a header most likely names, or IGNORE. */
    public static ImportField guess(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return IGNORE;
        }
        for (ImportField f : values()) {
            if (f.names.contains(key)) {
                return f;
            }
        }
        return IGNORE;
    }

    private static String key(String header) {
        return Normalize.fold(header == null ? "" : header).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
