package jp.shinchoku.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * The printed report of a plan as PDF: HTML from the report templates, laid out by openhtmltopdf
 * with Noto Sans JP embedded (subset), so that it shows the same on every machine.
 *
 * <p>The same input gives the same bytes: the document's dates are the report's as-of date and its
 * file identifier is a digest of its content, never the moment of rendering, so that a static
 * export or a mirror sees a report change only when what it says changes.
 */
@Component
public final class PdfReport {

    /** The family name the report's CSS asks for. */
    static final String FONT_FAMILY = "Noto Sans JP";

    private static final byte[] REGULAR = font("NotoSansJP-Regular.ttf");
    private static final byte[] BOLD = font("NotoSansJP-Bold.ttf");

    static {
        // openhtmltopdf reports every stage at INFO; a server log needs only its warnings
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ReportTemplates templates = new ReportTemplates();

    public byte[] render(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(input, out);
        return out.toByteArray();
    }

    public void write(ReportInput input, OutputStream out) {
        String html = html(input);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        // jsoup reads the HTML5 the templates write; openhtmltopdf wants a W3C document
        Document parsed = Jsoup.parse(html);
        // HTML5 parsing moves an unknown element out of <head>; openhtmltopdf looks for the outline there
        Element outline = parsed.body().selectFirst("bookmarks");
        if (outline != null) {
            parsed.head().appendChild(outline);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new AsOf(input, html));
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF report", e);
        }
    }

    /** Replaces what openhtmltopdf and PDFBox take from the clock, just before the file is saved. */
    private record AsOf(ReportInput input, String html) implements PDFCreationListener {

        private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument pdf = renderer.getPdfDocument();
            PDDocumentInformation info = pdf.getDocumentInformation();
            Calendar asOf = GregorianCalendar.from(input.asOf().atStartOfDay(JAPAN));
            info.setCreationDate(asOf);
            info.setModificationDate(asOf);
            // without an /ID of its own, PDFBox makes one from the current time when it saves
            COSString id = new COSString(Arrays.copyOf(sha256(html + '\n' + input.asOf()), 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    /** The report as HTML, before layout: what the tests and a browser can read. */
    String html(ReportInput input) {
        return templates.render("report/plan", Locale.JAPANESE, Map.of("r", ReportView.of(input)));
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
