package org.warmline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a repository/service test class. Test methods may take a migrated
 * {@link org.warmline.platform.db.Database} parameter: embedded Derby in a temp directory, or,
 * when the suite runs with {@code -Dwarmline.test.db=network}, a fresh database on a real
 * Derby Network Server on 127.0.0.1.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("db")
@ExtendWith(DatabaseExtension.class)
public @interface DbTest {
}
