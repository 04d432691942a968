package org.warmline.platform.settings;

import java.nio.file.Path;

/** Window bounds, split positions, column widths and the last view; written on close. */
public final class UiState {
    private final PropertyFile file;

    public UiState(Path dataDir) {
        this.file = new PropertyFile(dataDir.resolve("ui-state.properties"));
    }

    public String get(String key, String defaultValue) {
        String v = file.get(key);
        return v == null ? defaultValue : v;
    }

    public int getInt(String key, int defaultValue) {
        try {
            String v = file.get(key);
            return v == null ? defaultValue : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public void put(String key, String value) {
        file.put(key, value);
    }

    public void save() {
        file.save();
    }
}
