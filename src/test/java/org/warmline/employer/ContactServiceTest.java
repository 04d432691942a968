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
import org.warmline.testing.DbTest;

@DbTest
class ContactServiceTest {

    @Test
    void contactsAreAddedUpdatedAndListedByLastName(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer acme = t.service.create(EmployerTestSupport.acme());
        Contact priya = t.service.addContact(
                EmployerTestSupport.contactAt(acme.id(), "Priya", "Kowalczyk"));
        Contact omar = t.service.addContact(
                EmployerTestSupport.contactAt(acme.id(), "Omar", "Haddad"));

        assertThat(t.service.getContact(priya.id())).isEqualTo(priya);
        assertThat(priya.email()).isEqualTo("priya@acme.example");
        assertThat(t.service.contacts(acme.id())).containsExactly(omar, priya);

        Contact moved = t.service.updateContact(priya.withDetails("Priya", "Kowalczyk-Nair",
                "Head of Talent", null, null, "2 Example Road", null, "Prefers e-mail"));
        assertThat(moved.version()).isEqualTo(1);
        assertThat(t.service.getContact(priya.id()).role()).isEqualTo("Head of Talent");
        assertThat(t.service.getContact(priya.id()).email()).isNull();
        assertThat(t.published).contains(new RecordChanged("contact", priya.id().value()));
        assertThat(t.service.list().get(0).contactCount()).isEqualTo(2);
    }

    @Test
    void staleContactUpdateIsRefused(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer acme = t.service.create(EmployerTestSupport.acme());
        Contact priya = t.service.addContact(
                EmployerTestSupport.contactAt(acme.id(), "Priya", "Kowalczyk"));
        t.service.updateContact(priya.withDetails("Priya", "K", null, null, null, null, null,
                null));

        assertThatThrownBy(() -> t.service.updateContact(priya))
                .isInstanceOf(StaleRecordException.class);
        assertThat(t.service.getContact(priya.id()).lastName()).isEqualTo("K");
    }

    @Test
    void invalidContactNamesEveryBadField(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer acme = t.service.create(EmployerTestSupport.acme());
        Contact bad = Contact.draft(acme.id(), "", null, null, "priya@", "12",
                null, "https://example.com/priya", null);

        assertThatThrownBy(() -> t.service.addContact(bad)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.byField()).isEqualTo(Map.of(
                        "firstName", "validation.required", "lastName", "validation.required",
                        "email", "validation.email", "phone", "validation.phone",
                        "linkedInUrl", "validation.linkedin")));
        assertThat(t.service.contacts(acme.id())).isEmpty();
    }

    @Test
    void nonLatinContactWithLongNotesRoundTrips(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        Employer acme = t.service.create(EmployerTestSupport.acme());
        Contact zoe = t.service.addContact(Contact.draft(acme.id(), "Zoë", "Ødegård", null,
                null, null, null, "linkedin.com/in/zoe-odegard", "z".repeat(10_000)));
        Contact fang = t.service.addContact(Contact.draft(acme.id(), "芳", "王", null, null,
                null, null, null, null));

        Contact read = t.service.getContact(zoe.id());
        assertThat(read.displayName()).isEqualTo("Zoë Ødegård");
        assertThat(read.linkedInUrl()).isEqualTo("https://linkedin.com/in/zoe-odegard");
        assertThat(read.notes()).hasSize(10_000);
        assertThat(t.service.getContact(fang.id()).displayName()).isEqualTo("芳 王");
    }

    @Test
    void contactOfMissingEmployerIsRefused(Database db) {
        EmployerTestSupport t = new EmployerTestSupport(db);
        assertThatThrownBy(() -> t.service.addContact(
                EmployerTestSupport.contactAt(new EmployerId(999), "Priya", "Kowalczyk")))
                .isInstanceOf(NotFoundException.class);
    }
}
