package org.warmline.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class ReasonServiceTest {
    private final AppEvents events = AppEvents.direct();

    private ReasonService reasons(Database db) {
        return new ReasonService(db, events);
    }

    private static RejectionReason named(ReasonService service, String name) {
        return service.list().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void listsTheSeededActiveReasonsInOrder(Database db) {
        List<RejectionReason> list = reasons(db).list();

        assertThat(list).extracting(RejectionReason::name).containsExactly("Skills gap",
                "Experience level", "Salary expectations", "Internal candidate chosen",
                "Position cancelled or frozen", "Another candidate further along", "No show",
                "Candidate accepted elsewhere", "Other");
        assertThat(list.get(3).notAboutCandidate()).isTrue();
        assertThat(list.get(0).notAboutCandidate()).isFalse();
    }

    @Test
    void addPutsANewReasonAtTheEndAndPublishes(Database db) {
        ReasonService service = reasons(db);
        List<RecordChanged> published = new ArrayList<>();
        events.subscribe(RecordChanged.class, published::add);

        RejectionReason added = service.add("  Relocation not possible — 王芳  ", true);

        assertThat(added.name()).isEqualTo("Relocation not possible — 王芳");
        assertThat(added.notAboutCandidate()).isTrue();
        assertThat(added.position()).isEqualTo(100);
        assertThat(added.active()).isTrue();
        assertThat(service.list()).last().isEqualTo(added);
        assertThat(published).containsExactly(
                new RecordChanged("rejection_reason", added.id().value()));
    }

    @Test
    void namesAreValidatedAndUniqueIgnoringCase(Database db) {
        ReasonService service = reasons(db);
        RejectionReason other = named(service, "Other");

        assertThatThrownBy(() -> service.add("   ", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "validation.required"));
        assertThatThrownBy(() -> service.add("x".repeat(101), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "validation.tooLong"));
        assertThatThrownBy(() -> service.add("skills GAP", false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "submission.reason.error.duplicate"));
        assertThatThrownBy(() -> service.rename(other.id(), "NO SHOW", other.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "submission.reason.error.duplicate"));
        assertThat(service.add("y".repeat(100), false).name()).hasSize(100);
        assertThat(service.list()).hasSize(10);
    }

    @Test
    void renameAndFlagUseOptimisticLocking(Database db) {
        ReasonService service = reasons(db);
        RejectionReason other = named(service, "Other");

        RejectionReason renamed = service.rename(other.id(), "Other (see note)", other.version());
        RejectionReason flagged = service.setNotAboutCandidate(other.id(), true,
                renamed.version());

        assertThat(flagged.name()).isEqualTo("Other (see note)");
        assertThat(flagged.notAboutCandidate()).isTrue();
        assertThat(flagged.version()).isEqualTo(other.version() + 2);
        assertThatThrownBy(() -> service.rename(other.id(), "Anything", other.version()))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> service.setNotAboutCandidate(other.id(), false, renamed.version()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(named(service, "Other (see note)").notAboutCandidate()).isTrue();
        assertThat(service.rename(other.id(), "other (SEE NOTE)", flagged.version()).name())
                .isEqualTo("other (SEE NOTE)");
    }

    @Test
    void deactivateHidesTheReasonAndAddingItAgainBringsItBack(Database db) {
        ReasonService service = reasons(db);
        RejectionReason noShow = named(service, "No show");

        RejectionReason gone = service.deactivate(noShow.id(), noShow.version());

        assertThat(gone.active()).isFalse();
        assertThat(service.list()).extracting(RejectionReason::name).doesNotContain("No show");
        assertThatThrownBy(() -> service.deactivate(noShow.id(), noShow.version()))
                .isInstanceOf(StaleRecordException.class);
        RejectionReason back = service.add("No Show", true);
        assertThat(back.id()).isEqualTo(noShow.id());
        assertThat(back.name()).isEqualTo("No Show");
        assertThat(back.notAboutCandidate()).isTrue();
        assertThat(service.list()).last().isEqualTo(back);
    }

    @Test
    void theLastActiveReasonCannotBeDeactivated(Database db) {
        ReasonService service = reasons(db);
        List<RejectionReason> all = service.list();
        for (RejectionReason r : all.subList(0, all.size() - 1)) {
            service.deactivate(r.id(), r.version());
        }
        RejectionReason last = service.list().get(0);

        assertThatThrownBy(() -> service.deactivate(last.id(), last.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("name", "submission.reason.error.lastReason"));
        assertThat(service.list()).containsExactly(last);
    }
}
