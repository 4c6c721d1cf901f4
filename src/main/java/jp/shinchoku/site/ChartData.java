package jp.shinchoku.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's data as JSON for a {@code data-chart} attribute, which static/js/charts.js hands to
 * ECharts: no script is written into the page, as the content security policy demands. Each
 * chart's numbers are also in the table beside it.
 */
final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartData() {
    }

    /** Target (a line) against actual (bars) per fiscal year; a year without a number is a gap. */
    static String indicator(String title, String unit, List<String> years, List<BigDecimal> targets,
            List<BigDecimal> actuals, String targetName, String actualName) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "indicator");
        chart.put("title", title);
        chart.put("unit", unit == null ? "" : unit);
        chart.put("categories", years);
        chart.put("series", List.of(Map.of("name", targetName, "role", "target", "data", targets),
                Map.of("name", actualName, "role", "actual", "data", actuals)));
        return JSON.writeValueAsString(chart);
    }

    /** Counts of initiatives per grade, one bar of stacked grades per category (a section, a plan). */
    static String grades(List<String> categories, List<List<Grades.GradeCount>> counts) {
        List<Map<String, Object>> series = new ArrayList<>();
        if (!counts.isEmpty()) {
            for (int g = 0; g < counts.get(0).size(); g++) {
                Grades.GradeCount first = counts.get(0).get(g);
                List<Integer> data = new ArrayList<>();
                for (List<Grades.GradeCount> row : counts) {
                    data.add(row.get(g).count());
                }
                series.add(Map.of("name", first.words(), "grade", first.grade(), "data", data));
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "grades");
        chart.put("categories", categories);
        chart.put("series", series);
        return JSON.writeValueAsString(chart);
    }
}
