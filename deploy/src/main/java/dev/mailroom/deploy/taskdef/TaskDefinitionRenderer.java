package dev.mailroom.deploy.taskdef;

import dev.mailroom.deploy.spec.DeploymentValues;
import dev.mailroom.deploy.spec.ImapSettings;
import dev.mailroom.deploy.spec.ServiceCatalog;
import dev.mailroom.deploy.spec.ServiceSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code deploy/ecs/<service>.json} from the {@link ServiceCatalog}: {@code mvn -pl deploy exec:java} (the
 * default main of the module), or {@code java ... TaskDefinitionRenderer <directory>}.
 */
public final class TaskDefinitionRenderer {

    private TaskDefinitionRenderer() {}

    /** Renders every service into the directory given as the only argument (default {@code deploy/ecs}). */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "deploy/ecs");
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : renderAll().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** File name to JSON text for every service, in catalog order. */
    public static Map<String, String> renderAll() {
        Map<String, String> files = new LinkedHashMap<>();
        for (ServiceSpec spec :
                ServiceCatalog.services(DeploymentValues.placeholders(), Optional.of(ImapSettings.placeholders()))) {
            files.put(spec.name() + ".json", TaskDefinitionDocument.render(spec));
        }
        return files;
    }
}
