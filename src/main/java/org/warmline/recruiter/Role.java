package org.warmline.recruiter;

import java.util.Locale;

/**
 * What a signed-in user may do. On the office server the database enforces it (SQL roles and
 * GRANTs); the window reflects it by hiding or disabling what the role cannot do.
 */
public enum Role {
    /** Manages users and backups, and edits everything. */
    ADMIN("WL_ADMIN"),
    /** Edits candidates, employers, jobs and the pipeline. */
    RECRUITER("WL_RECRUITER"),
    /** Reads everything, changes nothing. */
    VIEWER("WL_VIEWER");

    private final String sqlRole;

    Role(String sqlRole) {
        this.sqlRole = sqlRole;
    }

    /** The SQL role granted in the office database, e.g. {@code WL_RECRUITER}. */
    public String sqlRole() {
        return sqlRole;
    }

    /** True when the role may change records. */
    public boolean canEdit() {
        return this != VIEWER;
    }

    /** True when the role may manage users and backups. */
    public boolean canAdminister() {
        return this == ADMIN;
    }

    /** Parses {@code admin|recruiter|viewer} (any case). */
    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "' (admin, recruiter or viewer)");
    }
}
