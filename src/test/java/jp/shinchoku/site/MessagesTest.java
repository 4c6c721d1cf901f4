package jp.shinchoku.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishMessagesHaveTheSameKeys() throws Exception {
        assertThat(load("messages_ja.properties").keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @Test
    void japaneseMessagesAreInJapanese() throws Exception {
        assertThat(load("messages_ja.properties").getProperty("plan.grade")).isEqualTo("評価");
    }
}
