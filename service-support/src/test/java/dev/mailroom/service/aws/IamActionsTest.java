package dev.mailroom.service.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SDK operation -> IAM action table. */
class IamActionsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "S3, GetObject, s3:GetObject",
        "S3, HeadObject, s3:GetObject",
        "S3, GetObjectAttributes, s3:GetObject",
        "S3, PutObject, s3:PutObject",
        "S3, CopyObject, s3:PutObject",
        "S3, CreateMultipartUpload, s3:PutObject",
        "S3, UploadPart, s3:PutObject",
        "S3, CompleteMultipartUpload, s3:PutObject",
        "S3, AbortMultipartUpload, s3:AbortMultipartUpload",
        "S3, ListObjectsV2, s3:ListBucket",
        "S3, ListObjects, s3:ListBucket",
        "S3, HeadBucket, s3:ListBucket",
        "S3, ListObjectVersions, s3:ListBucketVersions",
        "S3, DeleteObject, s3:DeleteObject",
        "S3, DeleteObjects, s3:DeleteObject",
        "S3, ListBuckets, s3:ListAllMyBuckets",
        "S3, CreateBucket, s3:CreateBucket",
        "Sts, GetCallerIdentity, sts:GetCallerIdentity"
    })
    void operationMapsToTheActionAPolicyGrants(String service, String operation, String action) {
        assertThat(IamActions.of(service, operation)).isEqualTo(action);
    }
}
