package dev.mailroom.deploy.repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The repository around the deploy module: paths, module POMs and whether a module's code is in yet. */
public final class Repo {

    private Repo() {}

    /** The repository root (surefire runs in {@code deploy/}). */
    public static Path root() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("contracts"))) {
            throw new IllegalStateException("not the mailroom repository root: " + root);
        }
        return root;
    }

    /**
     * Whether {@code module} is a runnable application yet: it has a {@code @SpringBootApplication} class or a
     * {@code main} method. Until then its POM and configuration may still be placeholders.
     */
    public static boolean hasApplication(String module) {
        Path sources = root().resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).anyMatch(file -> {
                try {
                    String text = Files.readString(file);
                    return text.contains("@SpringBootApplication") || text.contains("public static void main(");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * File names of the archives {@code mvn package} writes to {@code <module>/target}, from the POMs: the module's
     * own archive ({@code finalName}, inherited or default) and those of its maven-shade-plugin executions
     * ({@code outputFile}, {@code finalName}).
     */
    public static Set<String> archiveNames(String module) {
        Set<String> names = new TreeSet<>();
        String main = archiveName(module);
        names.add(main);
        Element project = parse(root().resolve(module).resolve("pom.xml"));
        String baseName = main.substring(0, main.lastIndexOf('.'));
        Element plugins = child(child(project, "build", null), "plugins", null);
        if (plugins == null) {
            return names;
        }
        for (Node node = plugins.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element plugin) || !"maven-shade-plugin".equals(child(plugin, "artifactId"))) {
                continue;
            }
            List<Element> configurations = new ArrayList<>();
            Optional.ofNullable(child(plugin, "configuration", null)).ifPresent(configurations::add);
            Element executions = child(plugin, "executions", null);
            if (executions != null) {
                for (Node execution = executions.getFirstChild();
                        execution != null;
                        execution = execution.getNextSibling()) {
                    if (execution instanceof Element element) {
                        Optional.ofNullable(child(element, "configuration", null))
                                .ifPresent(configurations::add);
                    }
                }
            }
            for (Element configuration : configurations) {
                String outputFile = child(configuration, "outputFile");
                String finalName = child(configuration, "finalName");
                if (outputFile != null) {
                    String file = outputFile
                            .replace("${project.build.directory}/", "")
                            .replace("${project.artifactId}", module);
                    names.add(file.substring(file.lastIndexOf('/') + 1));
                } else if (finalName != null) {
                    names.add(finalName.replace("${project.artifactId}", module) + ".jar");
                } else if ("true".equals(child(configuration, "shadedArtifactAttached"))) {
                    String classifier = Optional.ofNullable(child(configuration, "shadedClassifierName"))
                            .orElse("shaded");
                    names.add(baseName + "-" + classifier + ".jar");
                }
            }
        }
        return names;
    }

    /** The file name of the module's own archive in {@code <module>/target}, from the POMs. */
    public static String archiveName(String module) {
        Path pom = root().resolve(module).resolve("pom.xml");
        Element project = parse(pom);
        String artifactId = child(project, "artifactId");
        String version = child(project, "version");
        String packaging = child(project, "packaging");
        String finalName = child(child(project, "build", null), "finalName");
        Path parentPom = pom;
        Element current = project;
        while ((finalName == null || version == null) && child(current, "parent", null) != null) {
            Element parent = child(current, "parent", null);
            String relative = child(parent, "relativePath");
            parentPom = parentPom
                    .getParent()
                    .resolve(relative == null ? "../pom.xml" : relative)
                    .normalize();
            if (Files.isDirectory(parentPom)) {
                parentPom = parentPom.resolve("pom.xml");
            }
            if (!Files.isRegularFile(parentPom)) {
                break;
            }
            current = parse(parentPom);
            if (version == null) {
                version = child(current, "version");
            }
            if (finalName == null) {
                finalName = child(child(current, "build", null), "finalName");
            }
        }
        String name = finalName == null ? "${project.artifactId}-${project.version}" : finalName;
        name = name.replace("${project.artifactId}", artifactId)
                .replace("${artifactId}", artifactId)
                .replace("${project.version}", version == null ? "" : version);
        return name + "." + (packaging == null ? "jar" : packaging);
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(pom.toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    private static String child(Element element, String name) {
        Element child = child(element, name, null);
        return child == null ? null : child.getTextContent().strip();
    }

    private static Element child(Element element, String name, Void unused) {
        if (element == null) {
            return null;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        return null;
    }
}
