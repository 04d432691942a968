package org.warmline.platform.settings;

import java.nio.file.Path;

/**
 * The user's choices (theme, database mode, server address, who they are), kept in
 * {@code settings.properties} in the data directory so that they travel with the data and a
 * second data directory (tests, a second office) never mixes them up. Window geometry lives in
 * {@link UiState}, not here.
 */
public final class Settings {
    /** A typed setting with its default. */
    public record Key(String name, String defaultValue) {
    }

    public static final Key THEME = new Key("theme", "light");
    public static final Key DB_MODE = new Key("database.mode", "embedded");
    public static final Key SERVER_HOST = new Key("server.host", "127.0.0.1");
    public static final Key SERVER_PORT = new Key("server.port", "1527");
    public static final Key SERVER_DATABASE = new Key("server.database", "warmline");
    public static final Key SERVER_USER = new Key("server.user", "");
    public static final Key RECRUITER_LOGIN = new Key("recruiter.login", "");
    public static final Key WELCOME_DONE = new Key("welcome.done", "false");
    public static final Key FEEDBACK_REMINDER_DAYS = new Key("feedback.reminderDays", "5");
    public static final Key FEEDBACK_NO_REPLY_DAYS = new Key("feedback.noReplyDays", "10");
    /** Months after a candidate's last activity before the retention policy purges them. */
    public static final Key PRIVACY_RETENTION_MONTHS = new Key("privacy.retentionMonths", "24");

    private final PropertyFile file;

    public Settings(Path dataDir) {
        this.file = new PropertyFile(dataDir.resolve("settings.properties"));
    }

    public String get(Key key) {
        String value = file.get(key.name());
        return value == null ? key.defaultValue() : value;
    }

    public int getInt(Key key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            return Integer.parseInt(key.defaultValue());
        }
    }

    public boolean getBoolean(Key key) {
        return Boolean.parseBoolean(get(key));
    }

    public void set(Key key, String value) {
        file.put(key.name(), value);
    }

    /** Writes the settings to disk. */
    public void save() {
        file.save();
    }
}
