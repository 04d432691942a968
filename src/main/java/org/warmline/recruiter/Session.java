package org.warmline.recruiter;

import java.util.Objects;

/** Who is signed in, and where. Services use it to attribute every change. */
public final class Session {
    private final Recruiter recruiter;
    private final String where;

    public Session(Recruiter recruiter, String where) {
        this.recruiter = Objects.requireNonNull(recruiter, "recruiter");
        this.where = where;
    }

    public Recruiter recruiter() {
        return recruiter;
    }

    public RecruiterId recruiterId() {
        return recruiter.id();
    }

    /** A description of the database the session works on, e.g. a file path or server. */
    public String where() {
        return where;
    }
}
