package org.warmline.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmline.platform.concurrency.StaleRecordException;
import org.warmline.platform.db.Database;
import org.warmline.platform.db.NotFoundException;
import org.warmline.platform.event.RecordChanged;
import org.warmline.platform.validation.ValidationException;
import org.warmline.search.SearchHit;
import org.warmline.search.SearchKind;
import org.warmline.search.SearchService;
import org.warmline.testing.DbTest;

@DbTest
class EmployerServiceTest {

    @Test
    void createdEmployerIsStoredCleanedAndAnnounced(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer saved = t.service.create(EmployerTestSupport.acme());

        Employer read = t.service.get(saved.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.name()).isEqualTo("Acme Widgets");
        assertThat(read.website()).isEqualTo("https://acme.example");
        assertThat(read.industry()).isEqualTo("Manufacturing");
        assertThat(read.createdAt()).isEqualTo(EmployerTestSupport.NOW);
        assertThat(read.version()).isZero();
        assertThat(t.published).containsExactly(new RecordChanged("employer", saved.id().value()));
    }

    @Test
    void updateBumpsVersionAndStaleVersionIsRefused(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer saved = t.service.create(EmployerTestSupport.acme());

        Employer renamed = t.service.update(saved.withDetails("Acme Holdings", null, null, null,
                "Finance", "  "));
        assertThat(renamed.version()).isEqualTo(1);
        assertThat(t.service.get(saved.id()).name()).isEqualTo("Acme Holdings");
        assertThat(renamed.notes()).isNull();

        assertThatThrownBy(() -> t.service.update(saved.withDetails("Acme Late", null, null, null,
                null, null))).isInstanceOf(StaleRecordException.class);
        assertThat(t.service.get(saved.id()).name()).isEqualTo("Acme Holdings");
    }

    @Test
    void invalidEmployerNamesEveryBadField(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer bad = Employer.draft(" ", "not a web address", "call me", null, null,
                "x".repeat(32001));

        assertThatThrownBy(() -> t.service.create(bad)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.byField()).isEqualTo(Map.of(
                        "name", "validation.required", "website", "validation.url",
                        "phone", "validation.phone", "notes", "validation.tooLong")));
        assertThat(t.service.list()).isEmpty();
    }

    @Test
    void longNotesAndNonLatinNamesRoundTrip(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        String notes = "n".repeat(10_000);
        Employer saved = t.service.create(Employer.draft("王芳 Trading", null, null, null,
                "Logistik", notes));
        Employer zoe = t.service.create(Employer.draft("Zoë Ødegård AS", null, null, null, null,
                null));

        assertThat(t.service.get(saved.id()).notes()).hasSize(10_000);
        assertThat(t.service.listAll()).extracting(Employer::name)
                .containsExactly("Zoë Ødegård AS", "王芳 Trading");
        assertThat(new SearchService(db).find("odegard", 10)).extracting(SearchHit::id)
                .containsExactly(zoe.id().value());
        assertThat(new SearchService(db).find("王芳", 10)).extracting(SearchHit::id)
                .containsExactly(saved.id().value());
    }

    @Test
    void searchFindsEmployerByNameAndIndustryButNotByContactName(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer acme = t.service.create(EmployerTestSupport.acme());
        t.service.addContact(EmployerTestSupport.contactAt(acme.id(), "Priya", "Kowalczyk"));
        SearchService search = new SearchService(db);

        assertThat(search.find("acme", 10)).containsExactly(
                new SearchHit(SearchKind.EMPLOYER, acme.id().value(), "Acme Widgets",
                        "Manufacturing"));
        assertThat(search.find("manufact", 10)).hasSize(1);
        assertThat(search.find("kowalczyk", 10)).isEmpty();

        t.service.update(t.service.get(acme.id()).withDetails("Borealis Tools", null, null, null,
                null, null));
        assertThat(search.find("acme", 10)).isEmpty();
        assertThat(search.find("borealis", 10)).hasSize(1);
    }

    @Test
    void listCountsContactsAndSortsByFoldedName(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer zeta = t.service.create(Employer.draft("zeta Labs", null, null, null, null,
                null));
        Employer acme = t.service.create(EmployerTestSupport.acme());
        t.service.addContact(EmployerTestSupport.contactAt(acme.id(), "Priya", "Kowalczyk"));
        t.service.addContact(EmployerTestSupport.contactAt(acme.id(), "Omar", "Haddad"));

        assertThat(t.service.list()).containsExactly(
                new EmployerSummary(acme.id(), "Acme Widgets", "Manufacturing", 2, 0,
                        EmployerTestSupport.NOW),
                new EmployerSummary(zeta.id(), "zeta Labs", null, 0, 0, EmployerTestSupport.NOW));
        assertThat(t.service.jobs(acme.id())).isEmpty();
    }

    @Test
    void getOfMissingEmployerThrowsNotFound(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        assertThatThrownBy(() -> t.service.get(new EmployerId(4242)))
                .isInstanceOf(NotFoundException.class);
    }
}
