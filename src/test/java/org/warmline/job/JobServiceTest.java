package org.warmline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.employer.EmployerId;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class JobServiceTest {

    @Test
    void createdJobGetsDefaultsAndRoundTrips(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        EmployerId acme = t.employer("Acme Widgets");
        Job saved = t.jobs.create(JobTestSupport.developer(acme));

        Job read = t.jobs.get(saved.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.currency()).isEqualTo("GBP");
        assertThat(read.status()).isEqualTo(JobStatus.OPEN);
        assertThat(read.openedOn()).isEqualTo(JobTestSupport.TODAY);
        assertThat(read.closedOn()).isNull();
        assertThat(read.ownerId()).isEqualTo(t.me.id());
        assertThat(read.skills()).containsExactly("Java", "Swing", "Derby");
        assertThat(read.salaryMax()).isEqualByComparingTo("70000.50");
        assertThat(read.createdAt()).isEqualTo(JobTestSupport.NOW);
        assertThat(t.published).contains(new RecordChanged("job", saved.id().value()));
    }

    @Test
    void updateBumpsVersionAndStaleVersionIsRefused(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        Job saved = t.jobs.create(JobTestSupport.developer(t.employer("Acme Widgets")));
        Job moved = t.jobs.update(withTitle(saved, "Lead Java Developer"));

        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.title()).isEqualTo("Lead Java Developer");
        assertThatThrownBy(() -> t.jobs.update(withTitle(saved, "Too late")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(t.jobs.get(saved.id()).title()).isEqualTo("Lead Java Developer");
    }

    @Test
    void closingStatusSetsClosedOnAndReopeningClearsIt(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        Job saved = t.jobs.create(opened(JobTestSupport.developer(t.employer("Acme")),
                LocalDate.of(2025, 1, 6)));

        Job filled = t.jobs.changeStatus(saved.id(), JobStatus.FILLED);
        assertThat(filled.status()).isEqualTo(JobStatus.FILLED);
        assertThat(filled.closedOn()).isEqualTo(JobTestSupport.TODAY);

        Job cancelled = t.jobs.changeStatus(saved.id(), JobStatus.CANCELLED);
        assertThat(cancelled.closedOn()).isEqualTo(JobTestSupport.TODAY);

        Job reopened = t.jobs.changeStatus(saved.id(), JobStatus.ON_HOLD);
        assertThat(reopened.closedOn()).isNull();
        assertThat(t.jobs.get(saved.id()).status()).isEqualTo(JobStatus.ON_HOLD);
    }

    @Test
    void closedOnChosenByTheUserIsKeptWhenClosing(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        Job saved = t.jobs.create(opened(JobTestSupport.developer(t.employer("Acme")),
                LocalDate.of(2025, 1, 6)));
        Job edited = new Job(saved.id(), saved.employerId(), saved.title(), saved.location(),
                saved.salaryMin(), saved.salaryMax(), saved.currency(), JobStatus.FILLED,
                saved.openedOn(), LocalDate.of(2025, 2, 1), saved.ownerId(), saved.skills(),
                saved.description(), null, null, saved.version());

        assertThat(t.jobs.update(edited).closedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void invalidJobNamesEveryBadField(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        Job bad = new Job(null, null, " ", null, new BigDecimal("-1"), null, "pounds",
                JobStatus.FILLED, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 1), null,
                List.of(), null, null, null, 0);

        assertThatThrownBy(() -> t.jobs.create(bad)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.byField()).isEqualTo(Map.of(
                        "employer", "validation.required", "title", "validation.required",
                        "salaryMin", "job.validation.negative",
                        "currency", "job.validation.currency",
                        "closedOn", "validation.closedBeforeOpened")));
    }

    @Test
    void salaryRangeMustNotBeUpsideDown(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        EmployerId acme = t.employer("Acme");
        Job upsideDown = Job.draft(acme, "Tester", null, new BigDecimal("60000"),
                new BigDecimal("50000"), "EUR", List.of(), null);

        assertThatThrownBy(() -> t.jobs.create(upsideDown)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.byField())
                        .isEqualTo(Map.of("salaryMax", "validation.salaryRange")));
        Job equal = t.jobs.create(Job.draft(acme, "Tester", null, new BigDecimal("50000"),
                new BigDecimal("50000"), "eur", List.of(), null));
        assertThat(equal.currency()).isEqualTo("EUR");
    }

    @Test
    void jobOfMissingEmployerIsAFieldError(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        assertThatThrownBy(() -> t.jobs.create(JobTestSupport.developer(new EmployerId(999))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .isEqualTo(Map.of("employer", "job.validation.noEmployer")));
        assertThatThrownBy(() -> t.jobs.get(new JobId(999)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nonLatinTitleAndLongDescriptionRoundTrip(Database db) {
        JobTestSupport t = new JobTestSupport(db);
        Job saved = t.jobs.create(Job.draft(t.employer("王芳 Trading"), "Økonomisjef Zoë",
                "Tromsø", null, null, "NOK", List.of("Regnskap", "财务"), "d".repeat(10_000)));

        Job read = t.jobs.get(saved.id());
        assertThat(read.title()).isEqualTo("Økonomisjef Zoë");
        assertThat(read.skills()).containsExactly("Regnskap", "财务");
        assertThat(read.description()).hasSize(10_000);
    }

    static Job withTitle(Job j, String title) {
        return new Job(j.id(), j.employerId(), title, j.location(), j.salaryMin(), j.salaryMax(),
                j.currency(), j.status(), j.openedOn(), j.closedOn(), j.ownerId(), j.skills(),
                j.description(), j.createdAt(), j.updatedAt(), j.version());
    }

    static Job opened(Job j, LocalDate openedOn) {
        return new Job(j.id(), j.employerId(), j.title(), j.location(), j.salaryMin(),
                j.salaryMax(), j.currency(), j.status(), openedOn, j.closedOn(), j.ownerId(),
                j.skills(), j.description(), j.createdAt(), j.updatedAt(), j.version());
    }
}
