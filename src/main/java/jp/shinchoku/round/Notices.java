package jp.shinchoku.round;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells people what the round needs of them: always as a notice on the staff home page, and by
 * mail when SMTP is configured ({@code spring.mail.host}) and the addressees have addresses. A
 * mail that cannot be sent is logged; the notice stays, so nobody misses it.
 */
@Component
public class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<Recipients> recipients;
    private final String from;

    Notices(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, ObjectProvider<Recipients> recipients,
            @Value("${shinchoku.mail.from:shinchoku@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.recipients = recipients;
        this.from = from;
    }

    /** Notifies one department of an organisation, or the whole organisation when {@code departmentId} is null. */
    void send(long organizationId, Long departmentId, Long roundId, String subject, String body) {
        jdbc.sql("INSERT INTO notice (organization_id, department_id, round_id, message) VALUES (?, ?, ?, ?)")
                .params(organizationId, departmentId, roundId, subject + "\n" + body).update();
        JavaMailSender sender = mail.getIfAvailable();
        Recipients directory = recipients.getIfAvailable();
        if (sender == null || directory == null) {
            return;
        }
        List<String> to = directory.addresses(organizationId, departmentId);
        if (to.isEmpty()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject("[進捗 Shinchoku] " + subject);
        message.setText(body);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not send the notice \"{}\" by mail to {}: {}", subject, to, e.getMessage());
        }
    }

    /** The newest notices for an organisation's staff; those of one department where it is given. */
    public List<Notice> latest(long organizationId, java.util.Collection<Long> departmentIds, int limit) {
        Long[] departments = departmentIds.toArray(Long[]::new);
        return jdbc.sql("""
                SELECT id, department_id, round_id, message, created_at FROM notice
                WHERE organization_id = ? AND (department_id IS NULL OR cardinality(?::bigint[]) = 0
                      OR department_id = ANY (?::bigint[]))
                ORDER BY id DESC LIMIT ?""")
                .params(organizationId, departments, departments, limit)
                .query((rs, n) -> new Notice(rs.getLong("id"), rs.getObject("department_id", Long.class),
                        rs.getObject("round_id", Long.class), rs.getString("message"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** A notice on the staff home page. */
    public record Notice(long id, Long departmentId, Long roundId, String message, OffsetDateTime createdAt) {
        public String subject() {
            return message.lines().findFirst().orElse("");
        }
    }

    /** Who receives mail for an organisation or a department; provided by the accounts. */
    public interface Recipients {
        List<String> addresses(long organizationId, Long departmentId);
    }
}
