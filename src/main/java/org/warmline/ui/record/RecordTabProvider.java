package org.warmline.ui.record;

import java.util.List;

/** Supplies fresh tabs for an editor of a given kind. */
@FunctionalInterface
public interface RecordTabProvider {
    List<RecordTab> tabsFor(RecordKind kind);

    RecordTabProvider NONE = kind -> List.of();
}
