package org.warmline.nurture;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.warmline.candidate.CandidateId;
import org.warmline.job.JobId;
import org.warmline.platform.db.Tx;
import org.warmline.platform.i18n.Messages;

/** Collects the merge-field values of one step and merges its template into a {@link Message}. */
final class MergeValues {
    private final OutreachRepository repo;
    private final DateTimeFormatter dates;

    MergeValues(OutreachRepository repo, Messages msg) {
        this.repo = repo;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(msg.locale());
    }

    Message message(Tx tx, OutreachRepository.Source s, MessageTemplate t, Letterhead letterhead,
                    LocalDate today) throws SQLException {
        Map<String, String> v = values(tx, s, letterhead, today);
        MergeFields.Merged subject = MergeFields.merge(t.subject(), v);
        MergeFields.Merged body = MergeFields.merge(t.body(), v);
        java.util.LinkedHashSet<String> unknown = new java.util.LinkedHashSet<>(subject.unknown());
        unknown.addAll(body.unknown());
        java.util.LinkedHashSet<String> empty = new java.util.LinkedHashSet<>(subject.empty());
        empty.addAll(body.empty());
        return new Message(s.step(), s.kind(), s.channel(), new CandidateId(s.candidateId()),
                s.jobId() == null ? null : new JobId(s.jobId()), s.submissionId(),
                v.get("candidate.fullName"), s.email(), s.address(), subject.text(), body.text(),
                java.util.List.copyOf(unknown), java.util.List.copyOf(empty));
    }

    private Map<String, String> values(Tx tx, OutreachRepository.Source s, Letterhead l,
                                       LocalDate today) throws SQLException {
        Map<String, String> v = new HashMap<>();
        v.put("candidate.firstName", s.firstName());
        v.put("candidate.lastName", s.lastName());
        v.put("candidate.fullName", s.firstName() + " " + s.lastName());
        v.put("candidate.email", s.email());
        v.put("candidate.address", s.address());
        v.put("candidate.linkedIn", s.linkedIn());
        v.put("job.title", s.jobTitle());
        v.put("employer.name", s.employerName());
        v.put("recruiter.name", s.recruiterName());
        v.put("recruiter.email", s.recruiterEmail());
        v.put("agency.name", l.agencyName());
        v.put("agency.address", l.address());
        v.put("agency.phone", l.phone());
        v.put("agency.email", l.email());
        v.put("agency.website", l.website());
        v.put("step.dueDate", s.due().format(dates));
        v.put("today", today.format(dates));
        if (s.submissionId() != null) {
            repo.feedbackText(tx, s.submissionId()).ifPresent(t -> v.put("feedback.candidateText", t));
        }
        if (s.employerId() != null) {
            repo.firstContact(tx, s.employerId()).ifPresent(c -> {
                v.put("contact.firstName", c[0]);
                v.put("contact.name", c[0] + " " + c[1]);
            });
        }
        return v;
    }
}
