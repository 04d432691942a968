package org.warmline.employer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.warmline.platform.db.Database;
import org.warmline.platform.event.AppEvents;
import org.warmline.platform.event.RecordChanged;
import org.warmline.recruiter.Session;
import org.warmline.search.SearchIndex;
import org.warmline.search.SearchKind;

/**
 * Creates, changes and lists employers and their contacts. Validates input (field names match
 * the editor's fields), locks optimistically and publishes {@link RecordChanged} after commit.
 */
public final class EmployerService {
    private final Database db;
    private final SearchIndex index;
    private final Session session;
    private final AppEvents events;
    private final Clock clock;
    private final EmployerRepository employers = new EmployerRepository();
    private final ContactRepository contacts = new ContactRepository();

    public EmployerService(Database db, SearchIndex index, Session session, AppEvents events,
                           Clock clock) {
        this.db = db;
        this.index = index;
        this.session = Objects.requireNonNull(session, "session");
        this.events = events;
        this.clock = clock;
    }

    /** Saves a new employer and returns it as stored (with id and version 0). */
    public Employer create(Employer draft) {
        Employer clean = EmployerRules.clean(draft);
        EmployerRules.validate(clean);
        Instant now = clock.instant();
        Employer saved = db.inTransaction(tx -> {
            EmployerId id = employers.insert(tx, new Employer(null, clean.name(), clean.website(),
                    clean.phone(), clean.postalAddress(), clean.industry(), clean.notes(), now,
                    now, 0));
            index.replace(tx, SearchKind.EMPLOYER, id.value(), indexTexts(clean));
            return employers.get(tx, id);
        });
        events.publish(new RecordChanged("employer", saved.id().value()));
        return saved;
    }

    /**
     * Saves changed details of an employer read at {@code employer.version()}; throws
     * {@link org.warmline.platform.concurrency.StaleRecordException} when someone else saved it since.
     */
    public Employer update(Employer employer) {
        Objects.requireNonNull(employer.id(), "id");
        Employer clean = EmployerRules.clean(employer);
        EmployerRules.validate(clean);
        Instant now = clock.instant();
        Employer saved = db.inTransaction(tx -> {
            Employer before = employers.get(tx, clean.id());
            employers.update(tx, new Employer(clean.id(), clean.name(), clean.website(),
                    clean.phone(), clean.postalAddress(), clean.industry(), clean.notes(),
                    before.createdAt(), now, clean.version()));
            index.replace(tx, SearchKind.EMPLOYER, clean.id().value(), indexTexts(clean));
            if (!before.name().equals(clean.name())) {
                for (var job : employers.jobIndexTexts(tx, clean.id(), clean.name())) {
                    index.replace(tx, SearchKind.JOB, job.jobId(), job.texts());
                }
            }
            return employers.get(tx, clean.id());
        });
        events.publish(new RecordChanged("employer", saved.id().value()));
        return saved;
    }

    /** The employer with this id; throws {@link org.warmline.platform.db.NotFoundException}. */
    public Employer get(EmployerId id) {
        return db.read(tx -> employers.get(tx, id));
    }

    /** All employers for the list screen, by name, with contact and open-job counts. */
    public List<EmployerSummary> list() {
        return db.read(employers::summaries);
    }

    /** All employers by name, for pickers. */
    public List<Employer> listAll() {
        return db.read(employers::findAll);
    }

    /** The employer's jobs, newest first, as the employer editor shows them. */
    public List<EmployerJob> jobs(EmployerId id) {
        return db.read(tx -> employers.jobs(tx, id));
    }

    /** Saves a new contact of an existing employer and returns it as stored. */
    public Contact addContact(Contact draft) {
        Objects.requireNonNull(draft.employerId(), "employerId");
        Contact clean = ContactRules.clean(draft);
        ContactRules.validate(clean);
        Instant now = clock.instant();
        Contact saved = db.inTransaction(tx -> {
            employers.get(tx, clean.employerId());
            ContactId id = contacts.insert(tx, new Contact(null, clean.employerId(),
                    clean.firstName(), clean.lastName(), clean.role(), clean.email(),
                    clean.phone(), clean.postalAddress(), clean.linkedInUrl(), clean.notes(), now,
                    now, 0));
            return contacts.get(tx, id);
        });
        events.publish(new RecordChanged("contact", saved.id().value()));
        return saved;
    }

    /** Saves changed details of a contact read at {@code contact.version()}. */
    public Contact updateContact(Contact contact) {
        Objects.requireNonNull(contact.id(), "id");
        Contact clean = ContactRules.clean(contact);
        ContactRules.validate(clean);
        Contact saved = db.inTransaction(tx -> {
            contacts.update(tx, new Contact(clean.id(), clean.employerId(), clean.firstName(),
                    clean.lastName(), clean.role(), clean.email(), clean.phone(),
                    clean.postalAddress(), clean.linkedInUrl(), clean.notes(), clean.createdAt(),
                    clock.instant(), clean.version()));
            return contacts.get(tx, clean.id());
        });
        events.publish(new RecordChanged("contact", saved.id().value()));
        return saved;
    }

    /** The contact with this id; throws {@link org.warmline.platform.db.NotFoundException}. */
    public Contact getContact(ContactId id) {
        return db.read(tx -> contacts.get(tx, id));
    }

    /** The contacts of an employer by last name. */
    public List<Contact> contacts(EmployerId id) {
        return db.read(tx -> contacts.findByEmployer(tx, id));
    }

    private static List<String> indexTexts(Employer e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.name());
        texts.add(e.industry());
        return texts;
    }
}
