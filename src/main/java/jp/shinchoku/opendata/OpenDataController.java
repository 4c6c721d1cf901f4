package jp.shinchoku.opendata;

import java.util.Optional;
import jp.shinchoku.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public open-data catalogue and its files; read-only. */
@Controller
class OpenDataController {

    private final OpenDataSource source;

    OpenDataController(OpenDataSource source) {
        this.source = source;
    }

    @GetMapping("/opendata")
    String catalogue(Model model) {
        model.addAttribute("catalogue",
                Catalogue.of(source.planIds().stream().map(source::load).flatMap(Optional::stream).toList()));
        return "opendata/catalogue";
    }

    @GetMapping("/opendata/{planId}/{file}")
    ResponseEntity<byte[]> file(@PathVariable long planId, @PathVariable String file) {
        Dataset dataset = Dataset.of(file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dataset " + file));
        OpenDataInput input = source.load(planId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no plan " + planId));
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String name = Downloads.fileName(extension, input.plan().organization(), input.plan().title(), dataset.japanese(),
                input.asOf().toString());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, dataset.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, "plan-" + planId + "-" + file))
                .body(dataset.write(input));
    }
}
