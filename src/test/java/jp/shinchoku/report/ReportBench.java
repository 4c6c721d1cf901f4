package jp.shinchoku.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long the PDF report of each seed plan takes (bench/report.sh runs it): the first
 * render in a fresh JVM, then the median of five more. With a folder argument it also writes the
 * PDFs there.
 */
public final class ReportBench {

    private static final int RUNS = 5;

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : null;
        List<ReportInput> seeds = SeedReports.all();
        PdfReport pdf = new PdfReport();
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        // the figures are CPU-bound: on a shared machine read them against its load
        System.out.printf("%d cores, load average %.1f before the first render%n", os.getAvailableProcessors(),
                os.getSystemLoadAverage());
        System.out.printf("%-28s %-26s %8s %10s %10s %6s%n", "seed layout", "plan", "KiB", "first ms", "median ms", "pages");
        for (ReportInput seed : seeds) {
            long start = System.nanoTime();
            byte[] first = pdf.render(seed);
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                pdf.render(seed);
                times[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(times);
            int pages;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(first)) {
                pages = doc.getNumberOfPages();
            }
            String layout = seed.plan().source().layout();
            System.out.printf("%-28s %-26s %8d %10d %10d %6d%n", layout, shorten(seed.plan().title()), first.length / 1024,
                    firstMs, times[RUNS / 2], pages);
            if (out != null) {
                Files.createDirectories(out);
                Files.write(out.resolve(layout + ".pdf"), first);
            }
        }
    }

    private static String shorten(String title) {
        return title.length() > 12 ? title.substring(0, 12) + "…" : title;
    }
}
