package org.warmline.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class StageEditingTest {
    private static final StageId INTERVIEW_2 = new StageId(4);

    @Test
    void addAfterPlacesTheStageHalfwayToTheNextOneAndPublishesIt(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        List<RecordChanged> published = new ArrayList<>();
        f.events.subscribe(RecordChanged.class, published::add);

        Stage third = f.stages.addAfter(INTERVIEW_2, "  Interview 3 ");
        Stage chinese = f.stages.addAfter(third.id(), "面试 4");

        assertThat(third.name()).isEqualTo("Interview 3");
        assertThat(third.position()).isEqualTo(50);
        assertThat(third.outcome()).isEqualTo(StageOutcome.IN_PROGRESS);
        assertThat(chinese.position()).isEqualTo(55);
        assertThat(f.stages.list()).extracting(Stage::name).containsExactly("Sourced",
                "Submitted", "Interview 1", "Interview 2", "Interview 3", "面试 4", "Offer",
                "Placed", "Rejected", "Withdrawn");
        assertThat(published).containsExactly(new RecordChanged("stage", third.id().value()),
                new RecordChanged("stage", chinese.id().value()));
    }

    @Test
    void addAfterTheLastStageGoesOneStepFurther(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        Stage offer = f.stages.list().get(4);
        Stage late = f.stages.add("Late round", 200);

        Stage added = f.stages.addAfter(late.id(), "Final check");

        assertThat(added.position()).isEqualTo(210);
        assertThat(f.stages.list()).extracting(Stage::name).endsWith("Late round", "Final check");
        assertThat(offer.name()).isEqualTo("Offer");
    }

    @Test
    void addAfterRenumbersEveryStageWhenThereIsNoGapAndKeepsTheOrder(Database db) {
        PipelineFixture f = new PipelineFixture(db);
        Stage squeezed = f.stages.add("Assessment", 41);
        db.inTransaction(tx -> tx.update("UPDATE stage SET active = FALSE WHERE id = ?",
                st -> st.setLong(1, squeezed.id().value())));
        List<Stage> before = all(db);

        Stage added = f.stages.addAfter(INTERVIEW_2, "Interview 3");

        List<Stage> after = all(db);
        assertThat(after).extracting(Stage::name).containsExactly("Sourced", "Submitted",
                "Interview 1", "Interview 2", "Interview 3", "Assessment", "Offer", "Placed",
                "Rejected", "Withdrawn");
        assertThat(after).extracting(Stage::position)
                .containsExactly(10, 20, 30, 40, 45, 50, 60, 70, 80, 90);
        assertThat(added.position()).isEqualTo(45);
        assertThat(after.get(5).active()).isFalse();
        assertThat(after.get(0).version()).isEqualTo(before.get(0).version() + 1);
        assertThatThrownBy(() -> f.stages.rename(before.get(0).id(), "Longlist",
                before.get(0).version())).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void addAfterRefusesClosedOrUnknownAnchorsAndBadNames(Database db) {
        PipelineFixture f = new PipelineFixture(db);

        assertThatThrownBy(() -> f.stages.addAfter(new StageId(6), "After placed"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("position", "submission.stage.error.afterClosed"));
        assertThatThrownBy(() -> f.stages.addAfter(new StageId(9999), "Nowhere"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.stages.addAfter(INTERVIEW_2, "interview 2"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "submission.stage.error.duplicate"));
        assertThatThrownBy(() -> f.stages.addAfter(INTERVIEW_2, "   "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "validation.required"));
        assertThatThrownBy(() -> f.stages.addAfter(INTERVIEW_2, "x".repeat(101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "validation.tooLong"));
        assertThat(f.stages.addAfter(INTERVIEW_2, "Zoë Ødegård round " + "x".repeat(82)).name())
                .hasSize(100);
        assertThat(f.stages.list()).hasSize(9);
    }

    private static List<Stage> all(Database db) {
        return db.read(tx -> new StageRepository().all(tx));
    }
}
