package org.warmline.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.warmline.employer.EmployerId;
import org.warmline.recruiter.RecruiterId;

/**
 * A vacancy at an employer. {@code id} is null until saved; {@code skills} are kept in the
 * database as one comma-separated text.
 */
public record Job(JobId id, EmployerId employerId, String title, String location,
                  BigDecimal salaryMin, BigDecimal salaryMax, String currency, JobStatus status,
                  LocalDate openedOn, LocalDate closedOn, RecruiterId ownerId, List<String> skills,
                  String description, Instant createdAt, Instant updatedAt, int version) {

    public Job {
        skills = skills == null ? List.of() : List.copyOf(skills);
        status = status == null ? JobStatus.OPEN : status;
    }

    /** An unsaved open job; the service fills in the opening date, currency and owner if null. */
    public static Job draft(EmployerId employerId, String title, String location,
                            BigDecimal salaryMin, BigDecimal salaryMax, String currency,
                            List<String> skills, String description) {
        return new Job(null, employerId, title, location, salaryMin, salaryMax, currency,
                JobStatus.OPEN, null, null, null, skills, description, null, null, 0);
    }

    /** This job in another status, with the closing date the status calls for. */
    public Job withStatus(JobStatus next, LocalDate today) {
        return new Job(id, employerId, title, location, salaryMin, salaryMax, currency, next,
                openedOn, next.closedOn(closedOn, today), ownerId, skills, description, createdAt,
                updatedAt, version);
    }

    /** The skills as one comma-separated text, as stored and edited. */
    public String skillsText() {
        return String.join(", ", skills);
    }

    /** Splits comma-separated skills, trimming each and dropping blanks and repeats. */
    public static List<String> parseSkills(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
