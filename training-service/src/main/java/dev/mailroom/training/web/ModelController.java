package dev.mailroom.training.web;

import dev.mailroom.model.pkg.ModelManifest;
import dev.mailroom.model.registry.Promotion;
import dev.mailroom.training.catalog.ModelCatalog;
import dev.mailroom.training.catalog.ModelVersions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Published model versions: list, inspect, promote, roll back. */
@RestController
@RequestMapping("/api/v1/models/{name}")
class ModelController {

    private final ModelCatalog catalog;

    ModelController(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** Optional body of promote and rollback. */
    record ReasonBody(String reason) {}

    /** Versions (oldest first), production pointer and promotion history. */
    @GetMapping("/versions")
    ModelVersions versions(@PathVariable String name) {
        return catalog.versions(name);
    }

    /** The manifest of one version, plus whether it is in production. */
    @GetMapping("/versions/{version}")
    Map<String, Object> version(@PathVariable String name, @PathVariable String version) {
        ModelManifest manifest = catalog.manifest(name, version);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("production", catalog.production(name).map(version::equals).orElse(false));
        body.put("manifest", manifest);
        return body;
    }

    /** Points production at this version; the reason is recorded. */
    @PostMapping("/versions/{version}/promote")
    Promotion promote(
            @PathVariable String name, @PathVariable String version, @RequestBody(required = false) ReasonBody body) {
        return catalog.promote(name, version, body == null ? null : body.reason());
    }

    /** Points production back at the version promoted before the current one. */
    @PostMapping("/rollback")
    Promotion rollback(@PathVariable String name, @RequestBody(required = false) ReasonBody body) {
        return catalog.rollback(name, body == null ? null : body.reason());
    }
}
