package org.warmline.ui.record;

import javax.swing.JComponent;

/**
 * A tab contributed to another feature's editor (e.g. "Submissions" or "Timeline" in the
 * candidate editor). {@link #load} is called on the EDT when the editor opens a saved record.
 */
public interface RecordTab {
    String title();

    JComponent component();

    void load(RecordRef ref);
}
