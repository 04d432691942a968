package org.warmline.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.platform.i18n.Messages;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.dialog.ConflictChoices.Resolution;

class ConflictFlowTest {
    record Note(Long id, String title, String body, int version) {
    }

    private final List<String> calls = new ArrayList<>();
    private final ConflictFlow<Note> flow = new ConflictFlow<>(null,
            new Messages(Locale.ENGLISH), new DirectTaskRunner(),
            new RecordDiff<>(Set.of("id", "version"), n -> n, (f, v) -> RecordDiff.plainText(v)));
    private final ConflictFlow.Editor<Note> editor = ConflictFlow.Editor.of(
            merged -> calls.add("save " + merged),
            stored -> calls.add("show " + stored),
            failure -> calls.add("back " + (failure == null ? "" : failure.getMessage())));
    private final Note mine = new Note(1L, "Mine", "same", 1);
    private final Note stored = new Note(1L, "Theirs", "same", 2);

    @Test
    void keepMineSavesMyValuesOnTheStoredVersion() {
        flow.apply(new Outcome(Resolution.KEEP_MINE, Set.of()), mine, stored, editor);
        assertThat(calls).containsExactly("save " + new Note(1L, "Mine", "same", 2));
    }

    @Test
    void mergeSavesThePickedFields() {
        Note mine2 = new Note(1L, "Mine", "my body", 1);
        flow.apply(new Outcome(Resolution.MERGE, Set.of("title")), mine2, stored, editor);
        assertThat(calls).containsExactly("save " + new Note(1L, "Theirs", "my body", 2));
    }

    @Test
    void takeStoredAndBackSaveNothing() {
        flow.apply(new Outcome(Resolution.TAKE_STORED, Set.of("title")), mine, stored, editor);
        flow.apply(new Outcome(Resolution.BACK, Set.of()), mine, stored, editor);
        assertThat(calls).containsExactly("show " + stored, "back ");
    }

    @Test
    void whenOnlyUneditedPartsChangedMyValuesAreSavedWithoutAsking() {
        Note sameAsMine = new Note(1L, "Mine", "same", 5);
        flow.resolve("Mine", mine, () -> sameAsMine, editor);
        assertThat(calls).containsExactly("save " + new Note(1L, "Mine", "same", 5));
    }

    @Test
    void aStoredVersionThatCannotBeLoadedGoesBackWithTheReason() {
        flow.resolve("Mine", mine, () -> {
            throw new IllegalStateException("deleted");
        }, editor);
        assertThat(calls).containsExactly("back deleted");
    }
}
