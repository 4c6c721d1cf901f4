package jp.shinchoku.siteexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportDirectoryTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSecondExportWritesOnlyTheFilesWhoseContentChangedAndRemovesThoseThatWent() throws IOException {
        ExportDirectory first = new ExportDirectory(dir);
        first.write("index.html", bytes("<h1>計画一覧</h1>"));
        first.write("plans/1/index.html", bytes("one"));
        first.write("plans/2/index.html", bytes("two"));
        first.write("plans/2/snapshots/7/index.html", bytes("old report"));
        assertThat(first.finish().written()).hasSize(4);
        FileTime untouched = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(dir.resolve("plans/1/index.html"), untouched);

        ExportDirectory second = new ExportDirectory(dir);
        second.write("index.html", bytes("<h1>計画一覧</h1>"));
        second.write("plans/1/index.html", bytes("one"));
        second.write("plans/2/index.html", bytes("two, published again"));
        ExportDirectory.Result result = second.finish();

        assertThat(result.written()).containsExactly("plans/2/index.html");
        assertThat(result.unchanged()).containsExactly("index.html", "plans/1/index.html");
        assertThat(result.removed()).containsExactly("plans/2/snapshots/7/index.html");
        assertThat(dir.resolve("plans/2/snapshots")).doesNotExist();
        assertThat(Files.getLastModifiedTime(dir.resolve("plans/1/index.html"))).isEqualTo(untouched);
        assertThat(dir.resolve("plans/2/index.html")).content(StandardCharsets.UTF_8).isEqualTo("two, published again");
    }

    @Test
    void theManifestListsEachFileWithItsSha256AsSha256sumReadsIt() throws IOException {
        ExportDirectory export = new ExportDirectory(dir);
        export.write("robots.txt", bytes("abc"));
        export.finish();
        // sha256("abc"), from FIPS 180-2's example
        assertThat(dir.resolve(ExportDirectory.MANIFEST)).content(StandardCharsets.UTF_8)
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  robots.txt\n");
    }

    @Test
    void filesTheExportDidNotWriteAreNeverRemoved() throws IOException {
        Files.writeString(dir.resolve("cms-page.html"), "CMS");
        new ExportDirectory(dir).finish();
        ExportDirectory again = new ExportDirectory(dir);
        assertThat(again.finish().removed()).isEmpty();
        assertThat(dir.resolve("cms-page.html")).exists();
    }

    @Test
    void aFileChangedByHandSinceTheLastExportIsWrittenAgain() throws IOException {
        ExportDirectory first = new ExportDirectory(dir);
        first.write("index.html", bytes("export"));
        first.finish();
        Files.writeString(dir.resolve("index.html"), "edited by hand");
        ExportDirectory second = new ExportDirectory(dir);
        second.write("index.html", bytes("export"));
        assertThat(second.finish().written()).containsExactly("index.html");
    }

    @Test
    void aNameOutsideTheDirectoryIsRefused() {
        ExportDirectory export = new ExportDirectory(dir);
        assertThatThrownBy(() -> export.write("../outside.html", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
