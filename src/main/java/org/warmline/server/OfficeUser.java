package org.warmline.server;

/**
 * A login to the office database: its recruiter row's name, its role (null when it has none)
 * and whether it may still sign in.
 */
public record OfficeUser(String login, String displayName, org.warmline.recruiter.Role role,
                         boolean active, boolean owner) {
}
