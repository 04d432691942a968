package org.warmline.recruiter;

import java.util.Objects;

/** A person who uses Warmline: owns candidates and jobs, and is named in every history line. */
public record Recruiter(RecruiterId id, String login, String displayName, String email,
                        boolean active, int version) {
    public Recruiter {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
    }
}
