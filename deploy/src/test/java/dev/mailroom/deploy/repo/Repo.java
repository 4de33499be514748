package dev.mailroom.deploy.repo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The file name of the archive {@code mvn package} writes to {@code <module>/target}, from the POMs. */
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
