package org.warmline.ui.action;

/**
 * Every user command of Warmline. Its menu text, tooltip and mnemonic come from
 * {@code actions.properties} ({@code action.<ID>.name}, {@code action.<ID>.tooltip}); its
 * default shortcut from {@link DefaultKeyBindings}.
 */
public enum ActionId {
    APP_PREFERENCES,
    APP_QUIT,
    APP_SEARCH,
    APP_SEARCH_ALT,
    APP_ABOUT,
    NAV_TODAY,
    NAV_CANDIDATES,
    NAV_EMPLOYERS,
    NAV_JOBS,
    NAV_PIPELINE,
    NAV_FEEDBACK,
    NAV_RETENTION,
    NAV_AUDIT_LOG,
    NAV_ADMIN,
    NAV_DUPLICATES,
    LIST_REFRESH,
    LIST_FILTER,
    LIST_EXPORT,
    NAV_REPORTS,
    CANDIDATE_NEW,
    EMPLOYER_NEW,
    CONTACT_NEW,
    JOB_NEW,
    SUBMISSION_NEW,
    SUBMISSION_NEXT_STAGE,
    SUBMISSION_PREVIOUS_STAGE,
    SUBMISSION_REJECT,
    SUBMISSION_WITHDRAW,
    STAGES_EDIT,
    ACTIVITY_LOG,
    RECORD_SAVE,
    IMPORT
}
