package dev.mailroom.deploy.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IAM semantics of the evaluator, on a small hand-written template shaped like CDK's output. */
class PolicyEvaluatorTest {

    private static final String TEMPLATE =
            """
            {"Resources": {
              "Bucket1": {"Type": "AWS::S3::Bucket", "Properties": {"BucketEncryption": {
                "ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault":
                  {"KMSMasterKeyID": {"Fn::GetAtt": ["Key1", "Arn"]}, "SSEAlgorithm": "aws:kms"}}]}}},
              "Key1": {"Type": "AWS::KMS::Key"},
              "Role1": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "reader"}},
              "Policy1": {"Type": "AWS::IAM::Policy", "Properties": {"Roles": [{"Ref": "Role1"}],
                "PolicyDocument": {"Statement": [
                  {"Effect": "Allow", "Action": "s3:Get*",
                   "Resource": [{"Fn::Join": ["", [{"Fn::GetAtt": ["Bucket1", "Arn"]}, "/models/*"]]},
                                {"Fn::Join": ["", [{"Fn::GetAtt": ["Bucket1", "Arn"]}, "/raw/2026/??/*"]]}]},
                  {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": {"Fn::GetAtt": ["Bucket1", "Arn"]},
                   "Condition": {"StringLike": {"s3:prefix": ["models/*"]}}},
                  {"Effect": "Allow", "Action": ["s3:PutObject"],
                   "Resource": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::", {"Ref": "Bucket1"},
                                                 "/jobs/*"]]}},
                  {"Effect": "Deny", "Action": "s3:GetObject",
                   "Resource": {"Fn::Join": ["", [{"Fn::GetAtt": ["Bucket1", "Arn"]}, "/models/secret/*"]]}},
                  {"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": {"Fn::GetAtt": ["Key1", "Arn"]}}
                ]}}}
            }}
            """;

    private final PolicyEvaluator evaluator = evaluator(TEMPLATE);

    @ParameterizedTest(name = "{0} {1} key={2} prefix={3} status={4} -> {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // action wildcard s3:Get* and resource wildcard models/*
                "GetObject, mailroom, models/m/v1/manifest.json, -, 200, allow",
                "s3:GetObject, mailroom, models/m/v1/manifest.json, -, 200, allow",
                "HeadObject, mailroom, models/m/v1/manifest.json, -, 200, allow",
                // outside the granted prefix, and another bucket
                "GetObject, mailroom, raw/2026/12/04/x, -, 200, allow",
                "GetObject, mailroom, raw/2026/123/04/x, -, 200, deny",
                "GetObject, mailroom, jobs/1.json, -, 200, deny",
                "GetObject, other, models/m/v1/manifest.json, -, 200, deny",
                // explicit deny wins over the allow
                "GetObject, mailroom, models/secret/k, -, 200, deny",
                // missing key: 404 needs ListBucket for that prefix, else S3 answers 403
                "GetObject, mailroom, models/m/aliases/production.json, -, 404, allow",
                "GetObject, mailroom, raw/2026/12/04/missing, -, 404, deny",
                // listing: s3:prefix condition
                "ListObjectsV2, mailroom, -, models/m/, 200, allow",
                "ListObjectsV2, mailroom, -, models/, 200, allow",
                "ListObjectsV2, mailroom, -, jobs/, 200, deny",
                "ListObjectsV2, mailroom, -, -, 200, deny",
                // writes need PutObject and GenerateDataKey (not granted here)
                "PutObject, mailroom, jobs/1.json, -, 200, deny",
                "DeleteObject, mailroom, models/m/v1/manifest.json, -, 204, deny",
            })
    void decidesLikeIam(String action, String bucket, String key, String prefix, int status, String expected) {
        PolicyEvaluator.Decision decision =
                evaluator.evaluate("reader", new AwsCall("svc", action, bucket, key, prefix, status));
        assertThat(decision.allowed()).as(decision.denied().toString()).isEqualTo(expected.equals("allow"));
    }

    @Test
    void aWriteIsDeniedOnlyForTheMissingKmsGrant() {
        PolicyEvaluator.Decision decision =
                evaluator.evaluate("reader", new AwsCall("svc", "PutObject", "mailroom", "jobs/1.json", null, 200));
        assertThat(decision.denied()).singleElement().satisfies(request -> assertThat(request.action())
                .isEqualTo("kms:GenerateDataKey"));
    }

    @Test
    void grantedButUnusedActionsAreListed() {
        PolicyEvaluator.Decision read = evaluator.evaluate(
                "reader", new AwsCall("svc", "GetObject", "mailroom", "models/m/v1/manifest.json", null, 200));
        assertThat(evaluator.unusedActions("reader", java.util.List.of(read)))
                .containsExactlyInAnyOrder("s3:ListBucket", "s3:PutObject");
    }

    @Test
    void unknownConditionsAndIntrinsicsFailInsteadOfDeciding() {
        PolicyEvaluator withIp = evaluator(TEMPLATE.replace("\"StringLike\"", "\"IpAddress\""));
        AwsCall list = new AwsCall("svc", "ListObjectsV2", "mailroom", null, "models/", 200);
        assertThatThrownBy(() -> withIp.evaluate("reader", list)).hasMessageContaining("IpAddress");
        PolicyEvaluator withSub = evaluator(TEMPLATE.replace("\"Fn::Join\"", "\"Fn::Sub\""));
        assertThatThrownBy(() -> withSub.evaluate("reader", list)).hasMessageContaining("Fn::Sub");
        assertThatThrownBy(() -> evaluator.evaluate("nobody", list)).hasMessageContaining("no role named nobody");
        assertThatThrownBy(() -> evaluator.requests(new AwsCall("svc", "CopyObject", "mailroom", "a", null, 200)))
                .hasMessageContaining("CopyObject");
    }

    private static PolicyEvaluator evaluator(String json) {
        try {
            Map<String, Object> template = new ObjectMapper().readValue(json, new TypeReference<>() {});
            return new PolicyEvaluator(template, "mailroom", "123456789012", "eu-central-1");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
