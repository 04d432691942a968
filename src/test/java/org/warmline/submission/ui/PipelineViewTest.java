package org.warmline.submission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.warmline.platform.db.Database;
import org.warmline.platform.i18n.Messages;
import org.warmline.search.SearchService;
import org.warmline.submission.StageId;
import org.warmline.submission.Submission;
import org.warmline.submission.SubmissionFixtureAccess;
import org.warmline.testing.DbTest;
import org.warmline.testing.DirectTaskRunner;
import org.warmline.ui.nav.NavView;
import org.warmline.ui.record.RecordKind;
import org.warmline.ui.record.RecordRef;
import org.warmline.ui.record.RecordTab;

@DbTest
class PipelineViewTest {

    @Test
    void boardShowsCardsPerStageAndTheNextButtonMovesTheSelectedCard(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        SubmissionFixtureAccess f = new SubmissionFixtureAccess(db);
        Submission s = f.submitNewCandidate("Zoë", "Ødegård", "Kestrel Labs", "Data Analyst");
        List<RecordRef> opened = new ArrayList<>();
        SubmissionScreens screens = GuiActionRunner.execute(() -> new SubmissionScreens(
                f.submissions(), f.stages(), new SearchService(db), new Messages(Locale.ENGLISH),
                new DirectTaskRunner(), opened::add, f.events()));

        NavView view = GuiActionRunner.execute(() -> {
            NavView v = screens.pipelineView();
            v.shown();
            return v;
        });

        JComboBox<?> job = find(view.component(), "pipeline.job", JComboBox.class);
        JList<?> submitted = find(view.component(), "pipeline.stage.2", JList.class);
        assertThat(GuiActionRunner.execute(() -> job.getItemCount())).isEqualTo(1);
        assertThat(GuiActionRunner.execute(() -> submitted.getModel().getSize())).isEqualTo(1);
        GuiActionRunner.execute(() -> {
            submitted.setSelectedIndex(0);
            find(view.component(), "pipeline.next", JButton.class).doClick();
        });
        JList<?> interview = find(view.component(), "pipeline.stage.3", JList.class);
        assertThat(GuiActionRunner.execute(() -> submitted.getModel().getSize())).isZero();
        assertThat(GuiActionRunner.execute(() -> interview.getModel().getSize())).isEqualTo(1);
        assertThat(f.submissions().row(s.id()).stageId()).isEqualTo(new StageId(3));
    }

    @Test
    void candidateTabListsSubmissionsAndHistory(Database db) {
        assumeFalse(GraphicsEnvironment.isHeadless());
        SubmissionFixtureAccess f = new SubmissionFixtureAccess(db);
        Submission s = f.submitNewCandidate("王", "芳", "Nordlicht Systeme", "Team Lead");
        f.submissions().next(s.id(), s.version());
        SubmissionScreens screens = GuiActionRunner.execute(() -> new SubmissionScreens(
                f.submissions(), f.stages(), new SearchService(db), new Messages(Locale.ENGLISH),
                new DirectTaskRunner(), ref -> { }, f.events()));

        RecordTab tab = GuiActionRunner.execute(() -> {
            RecordTab t = screens.tabs().tabsFor(RecordKind.CANDIDATE).get(0);
            t.load(new RecordRef(RecordKind.CANDIDATE, s.candidateId().value()));
            return t;
        });

        JTable table = find(tab.component(), "submission.candidateTab.table", JTable.class);
        JTable history = find(tab.component(), "submission.history", JTable.class);
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(0, 0))).isEqualTo("Team Lead");
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(0, 2))).isEqualTo("Interview 1");
        GuiActionRunner.execute(() -> table.setRowSelectionInterval(0, 0));
        assertThat(GuiActionRunner.execute(() -> history.getRowCount())).isEqualTo(2);
        assertThat(GuiActionRunner.execute(() -> history.getValueAt(1, 1)))
                .isEqualTo("Submitted → Interview 1");
        assertThat(tab.title()).isEqualTo("Submissions");
    }

    private static <T extends Component> T find(Component root, String name, Class<T> type) {
        T found = GuiActionRunner.execute(() -> search(root, name, type));
        assertThat(found).as(name).isNotNull();
        return found;
    }

    private static <T extends Component> T search(Component c, String name, Class<T> type) {
        if (name.equals(c.getName()) && type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T hit = search(child, name, type);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }
}
