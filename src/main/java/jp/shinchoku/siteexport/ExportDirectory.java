package jp.shinchoku.siteexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The directory an export writes to. A file whose content did not change since the last export is
 * not written again, so that a copy to the web server (rsync, a CMS upload) moves only what a
 * publication changed; a file the last export wrote and this one did not is removed. What this
 * export wrote is listed in {@value #MANIFEST}, one {@code sha256sum} line per file, which is how
 * the next export knows its own files from anything else in the directory: it never removes those.
 */
final class ExportDirectory {

    static final String MANIFEST = "SHA256SUMS";

    private final Path root;
    private final Map<String, String> previous;
    private final Map<String, String> current = new TreeMap<>();
    private final List<String> written = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();

    ExportDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.previous = readManifest(this.root.resolve(MANIFEST));
    }

    /** Writes the file unless it already holds these bytes; {@code file} is relative, with {@code /} between names. */
    void write(String file, byte[] content) {
        if (file.equals(MANIFEST) || current.containsKey(file)) {
            return;
        }
        Path target = resolve(file);
        String hash = sha256(content);
        current.put(file, hash);
        try {
            if (Files.isRegularFile(target) && hash.equals(sha256(Files.readAllBytes(target)))) {
                unchanged.add(file);
                return;
            }
            Files.createDirectories(target.getParent());
            // written beside and moved in, so that a web server serving this directory never sends half a file
            Path part = Files.createTempFile(target.getParent(), ".export-", ".part");
            Files.write(part, content);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Removes what the last export wrote and this one did not, writes the manifest, and says what happened. */
    Result finish() {
        List<String> removed = new ArrayList<>();
        for (String file : previous.keySet()) {
            if (!current.containsKey(file)) {
                Path path = resolve(file);
                try {
                    if (Files.deleteIfExists(path)) {
                        removed.add(file);
                    }
                    removeEmptyParents(path.getParent());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + path, e);
                }
            }
        }
        StringBuilder manifest = new StringBuilder();
        current.forEach((file, hash) -> manifest.append(hash).append("  ").append(file).append('\n'));
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(MANIFEST), e);
        }
        return new Result(List.copyOf(written), List.copyOf(unchanged), List.copyOf(removed));
    }

    private void removeEmptyParents(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }

    private Path resolve(String file) {
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a file of the export: " + file);
        }
        return path;
    }

    private static Map<String, String> readManifest(Path manifest) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isRegularFile(manifest)) {
            return files;
        }
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap > 0) {
                    files.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        return files;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files written, left as they were, and removed, each relative to the export's root. */
    record Result(List<String> written, List<String> unchanged, List<String> removed) {
    }
}
