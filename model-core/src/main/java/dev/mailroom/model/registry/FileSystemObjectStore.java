package dev.mailroom.model.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Objects as files under a root directory. Writes go to a temporary file first and are then renamed (replace) or
 * hard-linked (create only), so readers never see half-written files and existing objects are never overwritten by
 * {@link #putIfAbsent}.
 */
public final class FileSystemObjectStore implements ObjectStore {

    private static final String TEMP_SUFFIX = ".tmp-";

    private final Path root;

    /** A store rooted at {@code root} (created when missing). */
    public FileSystemObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create registry directory " + this.root, e);
        }
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = resolve(key);
        try {
            Path temp = writeTemp(target, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + key + " in " + root, e);
        }
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        Path target = resolve(key);
        if (Files.exists(target)) {
            return false;
        }
        Path temp = null;
        try {
            temp = writeTemp(target, content);
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            try {
                Files.move(temp, target);
                temp = null;
                return true;
            } catch (FileAlreadyExistsException exists) {
                return false;
            } catch (IOException io) {
                throw new UncheckedIOException("cannot write " + key + " in " + root, io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + key + " in " + root, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is skipped by list()
                }
            }
        }
    }

    @Override
    public List<String> list(String prefix) {
        int slash = prefix.lastIndexOf('/');
        Path start = slash <= 0 ? root : resolve(prefix.substring(0, slash));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String key = root.relativize(file).toString().replace('\\', '/');
                    if (attributes.isRegularFile() && key.startsWith(prefix) && !key.contains(TEMP_SUFFIX)) {
                        keys.add(key);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // a concurrent writer's temporary file, gone between listing its directory and reading it
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + prefix + " in " + root, e);
        }
        keys.sort(null);
        return keys;
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key + " in " + root, e);
        }
    }

    @Override
    public String location() {
        return root.toUri().toString();
    }

    private Path writeTemp(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), TEMP_SUFFIX);
        Files.write(temp, content);
        return temp;
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("key '" + key + "' escapes the registry root");
        }
        return path;
    }
}
