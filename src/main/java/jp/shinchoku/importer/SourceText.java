package jp.shinchoku.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document as text extracted from its PDF: lines of tab-separated cells. Reading it refuses
 * what no importer could use (an empty file, a binary file, text that is not UTF-8) with a
 * problem that names the file.
 */
public final class SourceText {

    private final String fileName;
    private final List<Row> rows;

    private SourceText(String fileName, String content) {
        this.fileName = fileName;
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Row> list = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            list.add(new Row(i + 1, lines[i], Arrays.asList(lines[i].split("\t", -1))));
        }
        this.rows = List.copyOf(list);
    }

    public static SourceText of(String fileName, String content) {
        return new SourceText(fileName, content);
    }

    public static SourceText read(Path path) throws ImportException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new ImportException(ImportMessage.FOLDER.with().at(name, 0));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException(ImportMessage.NO_SUCH_FILE.with().at(name, 0));
        } catch (IOException e) {
            throw new ImportException(ImportMessage.UNREADABLE_FILE.with(String.valueOf(e.getMessage())).at(name, 0));
        }
        return decode(name, bytes);
    }

    public static SourceText decode(String name, byte[] bytes) throws ImportException {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new ImportException(ImportMessage.EMPTY_FILE.with().at(name, 1));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportException(ImportMessage.BINARY_FILE.with(String.valueOf(i)).at(name, lineOf(bytes, i)));
            }
        }
        try {
            String content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceText(name, content);
        } catch (CharacterCodingException e) {
            int offset = firstMalformed(bytes);
            throw new ImportException(ImportMessage.NOT_UTF8.with(String.valueOf(offset)).at(name, lineOf(bytes, offset)));
        }
    }

    public String fileName() {
        return fileName;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row at 1-based line {@code number}. */
    public Row row(int number) {
        return rows.get(number - 1);
    }

    public int lineCount() {
        return rows.size();
    }

    /**
     * The document cut into blocks, each from a row whose first cell is {@code firstCell} up to the
     * next such row; rows before the first block are left out. How sheet layouts find their sheets.
     */
    public List<List<Row>> blocksStartingWith(String firstCell) {
        List<List<Row>> blocks = new ArrayList<>();
        for (Row row : rows) {
            if (row.cell(0).equals(firstCell)) {
                blocks.add(new ArrayList<>());
            }
            if (!blocks.isEmpty()) {
                blocks.get(blocks.size() - 1).add(row);
            }
        }
        return blocks;
    }

    /** True when any line contains {@code fragment}. */
    public boolean contains(String fragment) {
        return rows.stream().anyMatch(r -> r.raw().contains(fragment));
    }

    /** The problem at a line of this file, said by its message code. */
    public ImportProblem problem(int line, ImportMessage message, Object... arguments) {
        return message.with(arguments).at(fileName, line);
    }

    /** The problem at a line of this file, as it is said ({@link Said}). */
    public ImportProblem problem(int line, Said said) {
        return said.at(fileName, line);
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstMalformed(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
