package org.warmline.recruiter;

import java.util.Objects;

/** Who is signed in, and where. Services use it to attribute every change. */
public final class Session {
    private final Recruiter recruiter;
    private final String where;
    private final Role role;

    /** A session with full rights: the single user of a laptop database. */
    public Session(Recruiter recruiter, String where) {
        this(recruiter, where, Role.ADMIN);
    }

    /** A session whose rights are {@code role} (on the office server, the user's SQL role). */
    public Session(Recruiter recruiter, String where, Role role) {
        this.recruiter = Objects.requireNonNull(recruiter, "recruiter");
        this.where = where;
        this.role = Objects.requireNonNull(role, "role");
    }

    public Recruiter recruiter() {
        return recruiter;
    }

    /** What the signed-in user may do. */
    public Role role() {
        return role;
    }

    public RecruiterId recruiterId() {
        return recruiter.id();
    }

    /** A description of the database the session works on, e.g. a file path or server. */
    public String where() {
        return where;
    }
}
