package jp.shinchoku.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * An integration test on a real (embedded) PostgreSQL. Every test class carrying it shares one
 * application context and so one database started once per run; each test sets up the data it
 * needs with {@link TestDatabase}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "shinchoku.db.url=",
        "shinchoku.db.data-dir=target/test-database/${random.uuid}",
        // every request reads the publication version, so a test sees its own writes at once
        "shinchoku.cache.version-ttl=0s"})
@AutoConfigureMockMvc
public @interface DatabaseTest {
}
