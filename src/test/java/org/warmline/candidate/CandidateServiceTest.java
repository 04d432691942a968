package org.warmline.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.testing.DbTest;

@DbTest
class CandidateServiceTest {

    @Test
    void registerStoresEveryFieldStampsTimesAndPublishes(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate saved = f.service.register(CandidateFixtures.ana(f.recruiterId()));

        Candidate read = f.service.get(saved.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.firstName()).isEqualTo("Ana");
        assertThat(read.postalAddress()).isEqualTo("Rua das Flores 12\n1200-192 Lisboa");
        assertThat(read.skills()).containsExactly("Java", "SQL", "Kafka");
        assertThat(read.ownerId()).isEqualTo(f.recruiterId());
        assertThat(read.createdAt()).isEqualTo(CandidateFixtures.T0);
        assertThat(read.updatedAt()).isEqualTo(CandidateFixtures.T0);
        assertThat(read.version()).isZero();
        assertThat(f.published).containsExactly(new RecordChanged("candidate", saved.id().value()));
    }

    @Test
    void registerTrimsFieldsAndStoresBlanksAsNull(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate draft = CandidateFixtures.contact(
                CandidateFixtures.person("  Ana ", " Ribeiro"), " ana@example.com ", "  ", "");
        Candidate saved = f.service.register(draft);
        assertThat(saved.firstName()).isEqualTo("Ana");
        assertThat(saved.lastName()).isEqualTo("Ribeiro");
        assertThat(saved.email()).isEqualTo("ana@example.com");
        assertThat(saved.phone()).isNull();
        assertThat(saved.linkedInUrl()).isNull();
        assertThat(saved.notes()).isNull();
    }

    @Test
    void newDraftIsOwnedByTheSignedInRecruiter(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate draft = f.service.newDraft();
        assertThat(draft.isNew()).isTrue();
        assertThat(draft.ownerId()).isEqualTo(f.recruiterId());
        assertThat(draft.status()).isEqualTo(CandidateStatus.ACTIVE);
    }

    @Test
    void getOfMissingCandidateThrowsAndFindIsEmpty(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        assertThatThrownBy(() -> f.service.get(new CandidateId(4242)))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.service.find(new CandidateId(4242))).isEmpty();
    }

    @Test
    void updateSavesFieldsBumpsVersionAndKeepsCreatedAt(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate saved = f.service.register(CandidateFixtures.ana(f.recruiterId()));
        f.clock.advance(Duration.ofHours(2));

        Candidate updated = f.service.update(CandidateFixtures.titled(saved, "Staff Engineer"));

        assertThat(updated.currentTitle()).isEqualTo("Staff Engineer");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.createdAt()).isEqualTo(CandidateFixtures.T0);
        assertThat(updated.updatedAt()).isEqualTo(CandidateFixtures.T0.plus(Duration.ofHours(2)));
        assertThat(f.service.get(saved.id())).isEqualTo(updated);
        assertThat(f.service.page(CandidateQuery.all().withText("staff"), 0, 10))
                .extracting(CandidateSummary::id).containsExactly(saved.id());
        assertThat(f.service.page(CandidateQuery.all().withText("backend"), 0, 10)).isEmpty();
    }

    @Test
    void updateOnAStaleVersionThrowsAndWritesNothing(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate saved = f.service.register(CandidateFixtures.ana(f.recruiterId()));
        f.service.update(CandidateFixtures.titled(saved, "First edit"));

        assertThatThrownBy(() -> f.service.update(CandidateFixtures.titled(saved, "Second edit")))
                .isInstanceOf(StaleRecordException.class);
        Candidate current = f.service.get(saved.id());
        assertThat(current.currentTitle()).isEqualTo("First edit");
        assertThat(current.version()).isEqualTo(1);
    }

    @Test
    void changeStatusMovesTheCandidateAndBumpsVersion(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate saved = f.service.register(CandidateFixtures.ana(f.recruiterId()));

        Candidate placed = f.service.changeStatus(saved.id(), CandidateStatus.PLACED);

        assertThat(placed.status()).isEqualTo(CandidateStatus.PLACED);
        assertThat(placed.version()).isEqualTo(1);
        assertThat(f.service.count(CandidateQuery.all().withStatus(CandidateStatus.PLACED)))
                .isEqualTo(1);
        assertThat(f.service.count(CandidateQuery.all().withStatus(CandidateStatus.ACTIVE)))
                .isZero();
        assertThatThrownBy(() -> f.service.update(CandidateFixtures.titled(saved, "x")))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void validationNamesEveryBadFieldAndStoresNothing(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate bad = CandidateFixtures.contact(CandidateFixtures.person(" ", null),
                "not-an-email", "12", "https://example.com/ana");

        assertThatThrownBy(() -> f.service.register(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("firstName", "validation.required")
                        .containsEntry("lastName", "validation.required")
                        .containsEntry("email", "validation.email")
                        .containsEntry("phone", "validation.phone")
                        .containsEntry("linkedInUrl", "validation.linkedin"));
        assertThat(f.service.count(CandidateQuery.all())).isZero();
        assertThat(f.published).isEmpty();
    }

    @Test
    void fieldsLongerThanTheirColumnsAreRejected(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate tooLong = CandidateFixtures.person("A".repeat(201), "Ribeiro")
                .withNotes("n".repeat(32001));
        assertThatThrownBy(() -> f.service.register(tooLong))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsEntry("firstName", "validation.tooLong")
                        .containsEntry("notes", "validation.tooLong"));
    }

    @Test
    void tenThousandCharacterNotesAreSavedWhole(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        String notes = "Línea de notas 王芳 — ".repeat(500).substring(0, 10_000);
        Candidate saved = f.service.register(CandidateFixtures.person("Ana", "Ribeiro")
                .withNotes(notes));
        assertThat(f.service.get(saved.id()).notes()).hasSize(10_000).isEqualTo(notes);
    }

    @Test
    void nonLatinNamesAreStoredAndFoundByFoldedPrefix(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate zoe = f.service.register(CandidateFixtures.person("Zoë", "Ødegård"));
        Candidate fang = f.service.register(CandidateFixtures.person("芳", "王"));
        Candidate wang = f.service.register(CandidateFixtures.person("王芳", "李"));
        f.service.register(CandidateFixtures.person("Ana", "Ribeiro"));

        assertThat(f.service.get(zoe.id()).displayName()).isEqualTo("Zoë Ødegård");
        assertThat(ids(f, "zoe")).containsExactly(zoe.id());
        assertThat(ids(f, "ZOË")).containsExactly(zoe.id());
        assertThat(ids(f, "odeg")).containsExactly(zoe.id());
        assertThat(ids(f, "王")).containsExactlyInAnyOrder(fang.id(), wang.id());
        assertThat(ids(f, "王芳")).containsExactly(wang.id());
        assertThat(f.service.count(CandidateQuery.all().withText("王"))).isEqualTo(2);
    }

    @Test
    void textFilterNeedsEveryWordAndMatchesEmailPhoneTitleAndSkills(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        Candidate ana = f.service.register(CandidateFixtures.ana(f.recruiterId()));
        f.service.register(CandidateFixtures.person("Ana", "Lopes"));

        assertThat(ids(f, "ana")).hasSize(2);
        assertThat(ids(f, "ana rib")).containsExactly(ana.id());
        assertThat(ids(f, "rib ana")).containsExactly(ana.id());
        assertThat(ids(f, "ana.ribeiro@exa")).containsExactly(ana.id());
        assertThat(ids(f, "kaf")).containsExactly(ana.id());
        assertThat(ids(f, "backend")).containsExactly(ana.id());
        assertThat(ids(f, "ana zzz")).isEmpty();
        assertThat(ids(f, "50%")).isEmpty();
        assertThat(f.service.count(CandidateQuery.all().withText("ana rib"))).isEqualTo(1);
    }

    @Test
    void pagesAreSortedByTheServerAndCountMatchesFilters(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        for (int i = 0; i < 25; i++) {
            Candidate c = CandidateFixtures.person("First" + i, String.format("Last%02d", i));
            f.service.register(i % 5 == 0 ? c.withStatus(CandidateStatus.NOT_LOOKING) : c);
            f.clock.advance(Duration.ofMinutes(1));
        }
        CandidateQuery byName = CandidateQuery.all();

        assertThat(f.service.count(byName)).isEqualTo(25);
        assertThat(names(f.service.page(byName, 0, 10))).hasSize(10)
                .startsWith("First0 Last00", "First1 Last01").endsWith("First9 Last09");
        assertThat(names(f.service.page(byName, 20, 10)))
                .containsExactly("First20 Last20", "First21 Last21", "First22 Last22",
                        "First23 Last23", "First24 Last24");
        assertThat(names(f.service.page(byName.sortedBy(CandidateQuery.SortColumn.NAME, false),
                0, 2))).containsExactly("First24 Last24", "First23 Last23");
        assertThat(names(f.service.page(byName.sortedBy(CandidateQuery.SortColumn.UPDATED, false),
                0, 1))).containsExactly("First24 Last24");

        CandidateQuery notLooking = byName.withStatus(CandidateStatus.NOT_LOOKING);
        assertThat(f.service.count(notLooking)).isEqualTo(5);
        assertThat(f.service.page(notLooking, 0, 50)).extracting(CandidateSummary::status)
                .containsOnly(CandidateStatus.NOT_LOOKING);
        assertThat(f.service.count(byName.withOwner(f.recruiterId()))).isZero();
        assertThat(f.service.count(byName.withText("last1"))).isEqualTo(10);
    }

    @Test
    void summariesCarryTheOwnerNameAndSortByIt(Database db) {
        CandidateFixtures f = new CandidateFixtures(db);
        f.service.register(CandidateFixtures.person("Ana", "Ribeiro"));
        f.service.register(CandidateFixtures.ana(f.recruiterId()));

        List<CandidateSummary> rows = f.service.page(
                CandidateQuery.all().sortedBy(CandidateQuery.SortColumn.OWNER, true), 0, 10);
        assertThat(rows).extracting(CandidateSummary::ownerName)
                .containsExactly("Mira Castell", null);
        assertThat(rows.get(0).email()).isEqualTo("ana.ribeiro@example.com");
        assertThat(rows.get(0).currentTitle()).isEqualTo("Backend Engineer");
        assertThat(f.service.page(CandidateQuery.all().withOwner(f.recruiterId()), 0, 10))
                .extracting(CandidateSummary::ownerName).containsExactly("Mira Castell");
    }

    private static List<CandidateId> ids(CandidateFixtures f, String text) {
        return f.service.page(CandidateQuery.all().withText(text), 0, 50).stream()
                .map(CandidateSummary::id).toList();
    }

    private static List<String> names(List<CandidateSummary> rows) {
        return rows.stream().map(CandidateSummary::displayName).toList();
    }
}
