package org.warmline.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.platform.i18n.Messages;
import org.warmline.ui.dialog.ConflictChoices.Outcome;
import org.warmline.ui.dialog.ConflictChoices.Resolution;
import org.warmline.ui.dialog.ConflictChoices.Side;

class RecordDiffTest {
    /** A record shaped like the editors' records: identity and version are not edited. */
    record Person(Long id, String name, String email, List<String> skills, String notes,
                  int version) {
        Person {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("blank name");
            }
        }
    }

    private static final String LONG_NOTE = "ü".repeat(10_000);
    private final RecordDiff<Person> diff = new RecordDiff<>(Set.of("id", "version"),
            RecordDiff.labels(new Messages(Locale.ENGLISH), "nothing."),
            (field, value) -> RecordDiff.plainText(value));
    private final Person mine = new Person(7L, "Zoë Ødegård", "zoe@example.net",
            List.of("Java", "SQL"), LONG_NOTE, 3);
    private final Person stored = new Person(7L, "王芳", "zoe@example.net", List.of("Java"),
            null, 4);

    @Test
    void listsEveryEditableFieldWithBothValuesAndMarksTheDifferences() {
        List<FieldConflict> fields = diff.fields(mine, stored);

        assertThat(fields).extracting(FieldConflict::name)
                .containsExactly("name", "email", "skills", "notes");
        assertThat(fields).extracting(FieldConflict::label)
                .containsExactly("Name", "Email", "Skills", "Notes");
        assertThat(fields).filteredOn(FieldConflict::differs).extracting(FieldConflict::name)
                .containsExactly("name", "skills", "notes");
        assertThat(fields.get(2).mine()).isEqualTo("Java, SQL");
        assertThat(fields.get(3).mine()).hasSize(10_000);
        assertThat(fields.get(3).stored()).isEmpty();
    }

    @Test
    void mergeKeepsMyValuesExceptThePickedOnesOnTheStoredVersion() {
        Person merged = diff.merge(mine, stored, Set.of("skills"));

        assertThat(merged).isEqualTo(new Person(7L, "Zoë Ødegård", "zoe@example.net",
                List.of("Java"), LONG_NOTE, 4));
        assertThat(diff.merge(mine, stored, Set.of())).isEqualTo(new Person(7L, "Zoë Ødegård",
                "zoe@example.net", List.of("Java", "SQL"), LONG_NOTE, 4));
    }

    @Test
    void blankFieldsMergeLikeAnyOther() {
        Person blankMine = new Person(7L, null, null, List.of(), null, 3);
        assertThat(diff.merge(blankMine, stored, Set.of("name")).name()).isEqualTo("王芳");
        Person blankStored = new Person(7L, null, null, List.of(), null, 4);
        Person both = diff.merge(blankMine, blankStored, Set.of());
        assertThat(both.version()).isEqualTo(4);
        assertThat(both.name()).isNull();
    }

    @Test
    void choicesStartWithMineAndTellKeepTakeAndMergeApart() {
        ConflictChoices choices = new ConflictChoices(diff.fields(mine, stored));
        assertThat(choices.differing()).hasSize(3);
        assertThat(choices.picked("name")).isEqualTo(Side.MINE);
        assertThat(choices.merged().resolution()).isEqualTo(Resolution.KEEP_MINE);

        choices.pick("skills", Side.STORED);
        choices.pick("email", Side.STORED);
        Outcome merge = choices.merged();
        assertThat(merge.resolution()).isEqualTo(Resolution.MERGE);
        assertThat(merge.takeStored()).containsExactly("skills");

        choices.pickAll(Side.STORED);
        assertThat(choices.merged().resolution()).isEqualTo(Resolution.TAKE_STORED);
        assertThat(choices.takeStored().takeStored())
                .containsExactlyInAnyOrder("name", "skills", "notes");
        assertThat(choices.back().resolution()).isEqualTo(Resolution.BACK);
    }
}
