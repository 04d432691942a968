package org.warmline.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.warmline.candidate.Candidate;
import org.warmline.duplicates.ui.DuplicatesView;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.i18n.Messages;
import org.warmline.testing.DbTest;
import org.warmline.testing.WindowTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.testing.ScreenFrames;

/** The Duplicates view lists a pair; Merge with one changed choice leaves one record. */
@DbTest
class DuplicatesViewGuiTest extends WindowTest {

    @Test
    void pairIsListedAndMergedFieldByField(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        DuplicateServiceTest.Fixture f = new DuplicateServiceTest.Fixture(db);
        Candidate keep = f.add("Ana", "Ribeiro", "ana@example.com", null, null, "Engineer");
        Candidate other = f.add("Ana", "Ribeiro", "ANA@example.com", "+351 21 555 0101", null, "Lead");
        Messages msg = new Messages(Locale.ENGLISH);
        DuplicatesView[] view = new DuplicatesView[1];
        window = ScreenFrames.show(ScreenFrames.robot(), "Duplicates", () -> {
            view[0] = new DuplicatesView(f.duplicates, msg, new DirectTaskRunner(), ref -> { },
                    AppEvents.direct());
            view[0].shown();
            return view[0].component();
        }, new Dimension(1100, 600));
        JTableFixture list = window.table("duplicates.list");
        list.requireRowCount(1);
        assertThat(list.valueAt(TableCell.row(0).column(4))).isEqualTo("E-mail");
        assertThat(window.label("duplicates.list.count").text()).isEqualTo("1 likely duplicate pair");
        GuiActionRunner.execute(() -> ((JTable) list.target()).setRowSelectionInterval(0, 0));
        // The merge window is modal: open it from a later EDT event, not inside execute().
        JButton open = (JButton) window.button("duplicates.list.merge").target();
        javax.swing.SwingUtilities.invokeLater(open::doClick);

        DialogFixture merge = window.dialog("duplicates.merge");
        JTableFixture fields = merge.table("duplicates.merge.fields");
        assertThat(fields.valueAt(TableCell.row(4).column(4))).isEqualTo("+351 21 555 0101");
        GuiActionRunner.execute(() -> fields.target().setValueAt("Merged record", 7, 3));
        assertThat(fields.valueAt(TableCell.row(7).column(4))).isEqualTo("Lead");
        click(merge.button("duplicates.merge.ok").target());

        merge.requireNotVisible();
        assertThat(f.candidates.get(keep.id()).currentTitle()).isEqualTo("Lead");
        assertThat(f.candidates.find(other.id())).isEmpty();
        list.requireRowCount(0);
        assertThat(window.label("duplicates.list.empty").text()).startsWith("No likely duplicates");
    }

    private static void click(java.awt.Component button) {
        GuiActionRunner.execute(() -> { ((JButton) button).doClick(); });
    }
}
