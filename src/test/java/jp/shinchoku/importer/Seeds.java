package jp.shinchoku.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The five seed documents, as shipped in the jar's demo data. */
public final class Seeds {

    public static final String MANIFESTO = "000_aca55a26c3b508ce.txt";
    public static final String CITY_REFORM = "001_a0cd898149b9494c.txt";
    public static final String PREFECTURE_SHEETS = "002_e2c61e463caa186d.txt";
    public static final String DX_SHEETS = "003_5cc03c52278fc810.txt";
    public static final String REFORM_PROGRESS = "004_1e9ee568ba054293.txt";

    private Seeds() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceText source(String name) {
        try {
            return SourceText.decode(name, bytes(name));
        } catch (ImportException e) {
            throw new IllegalStateException(e);
        }
    }
}
