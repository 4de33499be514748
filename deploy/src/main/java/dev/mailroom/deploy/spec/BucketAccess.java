package dev.mailroom.deploy.spec;

import java.util.List;

/**
 * The only S3 access a service's task role gets on the mailroom bucket: object reads and writes under key prefixes,
 * and listing limited to the read prefixes.
 *
 * @param readPrefixes key prefixes (ending in {@code /}) the service may read and list
 * @param writePrefixes key prefixes (ending in {@code /}) the service may write; objects are never deleted
 */
public record BucketAccess(List<String> readPrefixes, List<String> writePrefixes) {

    public BucketAccess {
        readPrefixes = List.copyOf(readPrefixes);
        writePrefixes = List.copyOf(writePrefixes);
        for (String prefix : readPrefixes) {
            requirePrefix(prefix);
        }
        for (String prefix : writePrefixes) {
            requirePrefix(prefix);
        }
    }

    private static void requirePrefix(String prefix) {
        if (prefix.isEmpty() || !prefix.endsWith("/") || prefix.contains("*")) {
            throw new IllegalArgumentException("a prefix is a folder such as models/, not: " + prefix);
        }
    }
}
