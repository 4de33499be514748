package dev.mailroom.service.aws;

import java.util.Map;

/**
 * The IAM action an AWS SDK operation is authorised by: the one table from SDK operation names to IAM actions (a
 * policy grants {@code s3:ListBucket}, the SDK calls {@code ListObjectsV2}).
 */
public final class IamActions {

    /** S3 operations whose IAM action is not {@code s3:<operation>}. */
    private static final Map<String, String> S3 = Map.ofEntries(
            Map.entry("HeadObject", "s3:GetObject"),
            Map.entry("GetObjectAttributes", "s3:GetObject"),
            Map.entry("ListObjectsV2", "s3:ListBucket"),
            Map.entry("ListObjects", "s3:ListBucket"),
            Map.entry("HeadBucket", "s3:ListBucket"),
            Map.entry("ListObjectVersions", "s3:ListBucketVersions"),
            Map.entry("DeleteObjects", "s3:DeleteObject"),
            Map.entry("CopyObject", "s3:PutObject"),
            Map.entry("CreateMultipartUpload", "s3:PutObject"),
            Map.entry("UploadPart", "s3:PutObject"),
            Map.entry("CompleteMultipartUpload", "s3:PutObject"),
            Map.entry("AbortMultipartUpload", "s3:AbortMultipartUpload"),
            Map.entry("ListBuckets", "s3:ListAllMyBuckets"));

    private IamActions() {}

    /**
     * The IAM action of {@code operation} (SDK operation name, e.g. {@code GetObject}) of {@code service} (SDK service
     * name, e.g. {@code S3}): the table's entry, else {@code <service prefix>:<operation>}.
     */
    public static String of(String service, String operation) {
        String prefix = service.toLowerCase(java.util.Locale.ROOT);
        if (prefix.equals("s3")) {
            return S3.getOrDefault(operation, "s3:" + operation);
        }
        return prefix + ":" + operation;
    }
}
