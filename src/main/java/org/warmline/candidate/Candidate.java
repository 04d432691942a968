package org.warmline.candidate;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.warmline.recruiter.RecruiterId;

/**
 * A person the agency may place with an employer. Immutable; {@code id} is null and
 * {@code version} 0 until the candidate is registered. Skills are tags, stored comma-separated.
 */
public record Candidate(CandidateId id, String firstName, String lastName, String email,
                        String email2, String phone, String postalAddress, String linkedInUrl,
                        String currentTitle, List<String> skills, String source,
                        RecruiterId ownerId, CandidateStatus status, String notes,
                        Instant createdAt, Instant updatedAt, int version) {
    public Candidate {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** A blank, unsaved candidate owned by {@code owner}, with status ACTIVE. */
    public static Candidate draft(RecruiterId owner) {
        return new Candidate(null, null, null, null, null, null, null, null, null, List.of(), null,
                owner, CandidateStatus.ACTIVE, null, null, null, 0);
    }

    /** True until the candidate has been registered. */
    public boolean isNew() {
        return id == null;
    }

    /** "First Last", as shown in lists and titles. */
    public String displayName() {
        return displayName(firstName, lastName);
    }

    /** The skills as the user types them: "Java, SQL". */
    public String skillsText() {
        return String.join(", ", skills);
    }

    /** Skills parsed from comma-separated text: trimmed, blanks and repeats dropped. */
    public static List<String> parseSkills(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static String displayName(String first, String last) {
        String f = first == null ? "" : first.strip();
        String l = last == null ? "" : last.strip();
        return (f + " " + l).strip();
    }

    /** This candidate as stored by a successful versioned update. */
    Candidate nextVersion() {
        return new Candidate(id, firstName, lastName, email, email2, phone, postalAddress,
                linkedInUrl, currentTitle, skills, source, ownerId, status, notes, createdAt,
                updatedAt, version + 1);
    }

    public Candidate withStatus(CandidateStatus next) {
        return new Candidate(id, firstName, lastName, email, email2, phone, postalAddress,
                linkedInUrl, currentTitle, skills, source, ownerId, next, notes, createdAt,
                updatedAt, version);
    }

    public Candidate withEmail(String nextEmail) {
        return new Candidate(id, firstName, lastName, nextEmail, email2, phone, postalAddress,
                linkedInUrl, currentTitle, skills, source, ownerId, status, notes, createdAt,
                updatedAt, version);
    }

    public Candidate withNotes(String nextNotes) {
        return new Candidate(id, firstName, lastName, email, email2, phone, postalAddress,
                linkedInUrl, currentTitle, skills, source, ownerId, status, nextNotes, createdAt,
                updatedAt, version);
    }
}
