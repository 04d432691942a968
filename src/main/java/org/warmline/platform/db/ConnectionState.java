package org.warmline.platform.db;

/** Whether the database server can be reached, as the status bar shows it. */
public enum ConnectionState {
    /** Work goes through. */
    CONNECTED,
    /** The server went away; work waits and retries with back-off. */
    RECONNECTING,
    /** The server stayed away past the reconnect window; the waiting work failed. */
    LOST
}
