package org.warmline.candidate.ui;

import java.util.Objects;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateStatus;
import org.warmline.recruiter.RecruiterId;

/**
 * What the editor's fields hold, as plain values (never null text), so that two snapshots can
 * be compared to tell whether the user changed anything.
 */
record CandidateFormValues(String firstName, String lastName, String email, String email2,
                           String phone, String postalAddress, String linkedInUrl,
                           String currentTitle, String skills, String source, RecruiterId owner,
                           CandidateStatus status, String notes) {
    CandidateFormValues {
        firstName = nz(firstName);
        lastName = nz(lastName);
        email = nz(email);
        email2 = nz(email2);
        phone = nz(phone);
        postalAddress = nz(postalAddress);
        linkedInUrl = nz(linkedInUrl);
        currentTitle = nz(currentTitle);
        skills = nz(skills);
        source = nz(source);
        notes = nz(notes);
    }

    /** The values the editor shows for a candidate. */
    static CandidateFormValues of(Candidate c) {
        return new CandidateFormValues(c.firstName(), c.lastName(), c.email(), c.email2(),
                c.phone(), c.postalAddress(), c.linkedInUrl(), c.currentTitle(), c.skillsText(),
                c.source(), c.ownerId(), c.status(), c.notes());
    }

    /** {@code base} with these values; id, timestamps and version are kept from {@code base}. */
    Candidate applyTo(Candidate base) {
        Objects.requireNonNull(base, "base");
        return new Candidate(base.id(), blankToNull(firstName), blankToNull(lastName),
                blankToNull(email), blankToNull(email2), blankToNull(phone),
                blankToNull(postalAddress), blankToNull(linkedInUrl), blankToNull(currentTitle),
                Candidate.parseSkills(skills), blankToNull(source), owner, status,
                blankToNull(notes), base.createdAt(), base.updatedAt(), base.version());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
