package org.warmline.importing;

import java.util.List;
import java.util.Map;
import org.warmline.candidate.Candidate;
import org.warmline.candidate.CandidateService;
import org.warmline.candidate.CandidateStatus;
import org.warmline.platform.validation.ValidationException;
import org.warmline.platform.validation.Validator;
import org.warmline.recruiter.RecruiterId;

/**
 * The rules an imported row must meet: for candidates exactly the editor's rules (through
 * {@link CandidateService#validate}), for contacts the contact form's. Problems name the
 * file's column and carry a message key.
 */
final class RowRules {
    private static final int TITLE_MAX = 200;
    private static final Map<String, ImportField> CANDIDATE_FIELDS = Map.ofEntries(
            Map.entry("firstName", ImportField.FIRST_NAME),
            Map.entry("lastName", ImportField.LAST_NAME),
            Map.entry("email", ImportField.EMAIL), Map.entry("email2", ImportField.EMAIL2),
            Map.entry("phone", ImportField.PHONE), Map.entry("linkedInUrl", ImportField.LINKEDIN),
            Map.entry("postalAddress", ImportField.ADDRESS),
            Map.entry("currentTitle", ImportField.TITLE), Map.entry("skills", ImportField.SKILLS),
            Map.entry("source", ImportField.SOURCE), Map.entry("notes", ImportField.NOTES));
    private final CandidateService candidates;
    private final RowConverter columns;

    RowRules(CandidateService candidates, RowConverter columns) {
        this.candidates = candidates;
        this.columns = columns;
    }

    /** The candidate a valid row becomes. */
    static Candidate candidate(PersonRow p, RecruiterId owner, String source, String notes) {
        String title = p.title() == null ? p.company()
                : p.company() == null ? p.title() : p.title() + ", " + p.company();
        if (title != null && title.length() > TITLE_MAX && p.title() != null
                && p.title().length() <= TITLE_MAX) {
            title = p.title();
        }
        return new Candidate(null, p.firstName(), p.lastName(), p.email(), p.email2(), p.phone(),
                p.address(), p.linkedIn(), title, Candidate.parseSkills(p.skills()),
                p.source() == null ? source : p.source(), owner, CandidateStatus.ACTIVE, notes,
                null, null, 0);
    }

    /** Adds the candidate rules {@code c} breaks to {@code problems}; true when none. */
    boolean checkCandidate(int row, Candidate c, List<RowProblem> problems) {
        try {
            candidates.validate(c);
            return true;
        } catch (ValidationException e) {
            for (ValidationException.FieldError err : e.errors()) {
                ImportField f = CANDIDATE_FIELDS.getOrDefault(err.field(), ImportField.IGNORE);
                problems.add(new RowProblem(row, columns.column(f), err.messageKey()));
            }
            return false;
        }
    }

    /** Adds the contact rules {@code p} breaks to {@code problems}; true when none. */
    boolean checkContact(PersonRow p, List<RowProblem> problems) {
        Validator v = new Validator()
                .required("FIRST_NAME", p.firstName()).maxLength("FIRST_NAME", p.firstName(), 200)
                .required("LAST_NAME", p.lastName()).maxLength("LAST_NAME", p.lastName(), 200)
                .required("COMPANY", p.company()).maxLength("COMPANY", p.company(), 200)
                .email("EMAIL", p.email()).maxLength("EMAIL", p.email(), 320)
                .phone("PHONE", p.phone()).maxLength("PHONE", p.phone(), 50)
                .linkedIn("LINKEDIN", p.linkedIn()).maxLength("LINKEDIN", p.linkedIn(), 500)
                .maxLength("TITLE", p.title(), 200).maxLength("ADDRESS", p.address(), 1000)
                .maxLength("NOTES", p.notes(), 32000);
        try {
            v.throwIfInvalid();
            return true;
        } catch (ValidationException e) {
            for (ValidationException.FieldError err : e.errors()) {
                problems.add(new RowProblem(p.row(), columns.column(ImportField.valueOf(err.field())),
                        err.messageKey()));
            }
            return false;
        }
    }
}
