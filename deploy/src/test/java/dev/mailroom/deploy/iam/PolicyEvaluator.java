package dev.mailroom.deploy.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Evaluates S3 calls against the identity policies of one IAM role in a synthesized CloudFormation template, the way
 * IAM does for the parts our stack uses: an explicit Deny wins, else an Allow whose action pattern, resource pattern
 * (wildcards {@code *} and {@code ?}) and conditions ({@code StringLike}/{@code StringEquals} on {@code s3:prefix})
 * all match, else an implicit deny. Intrinsics are resolved against the deployment: {@code Ref}/{@code Fn::GetAtt} of
 * the bucket to its name and ARN, of a KMS key to {@code arn:aws:kms:<region>:<account>:key/<logical id>}, pseudo
 * parameters to the given account and region, {@code Fn::Join} by joining. An unknown intrinsic, condition operator or
 * {@code NotAction}/{@code NotResource} fails loudly instead of deciding.
 *
 * <p>A call maps to the IAM requests S3 authorises: {@code GetObject}/{@code HeadObject} need {@code s3:GetObject}
 * on the object and {@code kms:Decrypt} on the bucket key; {@code PutObject} {@code s3:PutObject} and {@code
 * kms:GenerateDataKey}; {@code ListObjects(V2)} {@code s3:ListBucket} on the bucket with {@code s3:prefix} = the
 * prefix. A read that got 404 (missing key) also needs {@code s3:ListBucket}, or S3 answers 403: modelled as a
 * {@code ListBucket} with {@code s3:prefix} = the key (S3 documents the rule, not the condition context; the runbook
 * has the one-command check for a sandbox account).
 */
public final class PolicyEvaluator {

    /** One IAM request a call needs. */
    public record Request(String action, String resource, Map<String, String> context) {}

    /** The outcome for one call: its requests and which were denied. */
    public record Decision(AwsCall call, List<Request> requests, List<Request> denied) {
        /** Whether IAM allows every request of the call. */
        public boolean allowed() {
            return denied.isEmpty();
        }
    }

    private final Map<String, Object> resources;
    private final String bucketName;
    private final String account;
    private final String region;

    /** An evaluator over {@code template} (the synthesized JSON) deployed with {@code bucketName}. */
    @SuppressWarnings("unchecked")
    public PolicyEvaluator(Map<String, Object> template, String bucketName, String account, String region) {
        this.resources = (Map<String, Object>) template.get("Resources");
        this.bucketName = bucketName;
        this.account = account;
        this.region = region;
    }

    /** The IAM requests S3 evaluates for {@code call}. */
    public List<Request> requests(AwsCall call) {
        String bucketArn = "arn:aws:s3:::" + call.bucket();
        List<Request> requests = new ArrayList<>();
        switch (call.operation()) {
            case "getobject", "headobject" -> {
                requests.add(new Request("s3:GetObject", bucketArn + "/" + call.key(), Map.of()));
                if (call.missingKey()) {
                    requests.add(new Request("s3:ListBucket", bucketArn, Map.of("s3:prefix", call.key())));
                } else {
                    requests.add(new Request("kms:Decrypt", bucketKeyArn(), Map.of()));
                }
            }
            case "putobject" -> {
                requests.add(new Request("s3:PutObject", bucketArn + "/" + call.key(), Map.of()));
                requests.add(new Request("kms:GenerateDataKey", bucketKeyArn(), Map.of()));
            }
            case "listobjects", "listobjectsv2", "listbucket" ->
                requests.add(new Request(
                        "s3:ListBucket",
                        bucketArn,
                        call.prefix() == null ? Map.of() : Map.of("s3:prefix", call.prefix())));
            case "deleteobject" -> requests.add(new Request("s3:DeleteObject", bucketArn + "/" + call.key(), Map.of()));
            default -> throw new IllegalArgumentException("no IAM mapping for " + call.action() + " (" + call + ")");
        }
        return requests;
    }

    /** Evaluates {@code call} against the policies of the role named {@code roleName}. */
    public Decision evaluate(String roleName, AwsCall call) {
        List<Map<String, Object>> statements = statements(roleName);
        List<Request> requests = requests(call);
        List<Request> denied = new ArrayList<>();
        for (Request request : requests) {
            if (!allows(statements, request)) {
                denied.add(request);
            }
        }
        return new Decision(call, requests, denied);
    }

    /** Whether the statements allow {@code request}. */
    boolean allows(List<Map<String, Object>> statements, Request request) {
        boolean allowed = false;
        for (Map<String, Object> statement : statements) {
            if (!matches(statement, request)) {
                continue;
            }
            if ("Deny".equals(statement.get("Effect"))) {
                return false;
            }
            allowed = true;
        }
        return allowed;
    }

    /** Every action the role's statements allow (as written: patterns stay patterns). */
    public Set<String> grantedActions(String roleName) {
        Set<String> actions = new TreeSet<>();
        for (Map<String, Object> statement : statements(roleName)) {
            if ("Allow".equals(statement.get("Effect"))) {
                actions.addAll(strings(statement.get("Action")));
            }
        }
        return actions;
    }

    /** The granted actions no request of {@code used} needed (kms and s3 only: what calls can show). */
    public Set<String> unusedActions(String roleName, List<Decision> used) {
        Set<String> unused = new TreeSet<>();
        for (String granted : grantedActions(roleName)) {
            if (!granted.startsWith("s3:") && !granted.startsWith("kms:")) {
                continue;
            }
            boolean needed = used.stream()
                    .flatMap(decision -> decision.requests().stream())
                    .anyMatch(request ->
                            wildcard(granted, true).matcher(request.action()).matches());
            if (!needed) {
                unused.add(granted);
            }
        }
        return unused;
    }

    /** The resolved statements of every policy attached to the role (attached policies and inline ones). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> statements(String roleName) {
        String roleId = null;
        for (Map.Entry<String, Object> entry : resources.entrySet()) {
            Map<String, Object> resource = (Map<String, Object>) entry.getValue();
            if ("AWS::IAM::Role".equals(resource.get("Type"))
                    && roleName.equals(properties(resource).get("RoleName"))) {
                roleId = entry.getKey();
            }
        }
        if (roleId == null) {
            throw new IllegalArgumentException("no role named " + roleName + " in the template");
        }
        List<Object> documents = new ArrayList<>();
        Map<String, Object> role = (Map<String, Object>) resources.get(roleId);
        for (Object inline : list(properties(role).get("Policies"))) {
            documents.add(((Map<String, Object>) inline).get("PolicyDocument"));
        }
        for (Object value : resources.values()) {
            Map<String, Object> resource = (Map<String, Object>) value;
            if ("AWS::IAM::Policy".equals(resource.get("Type"))
                    && list(properties(resource).get("Roles")).contains(Map.of("Ref", roleId))) {
                documents.add(properties(resource).get("PolicyDocument"));
            }
        }
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object document : documents) {
            for (Object statement : list(((Map<String, Object>) document).get("Statement"))) {
                statements.add((Map<String, Object>) resolve(statement));
            }
        }
        return statements;
    }

    private boolean matches(Map<String, Object> statement, Request request) {
        if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
            throw new UnsupportedOperationException("NotAction/NotResource are not modelled: " + statement);
        }
        boolean action = strings(statement.get("Action")).stream()
                .anyMatch(pattern ->
                        wildcard(pattern, true).matcher(request.action()).matches());
        boolean resource = strings(statement.get("Resource")).stream()
                .anyMatch(pattern ->
                        wildcard(pattern, false).matcher(request.resource()).matches());
        return action && resource && conditionsHold(statement.get("Condition"), request.context());
    }

    @SuppressWarnings("unchecked")
    private static boolean conditionsHold(Object condition, Map<String, String> context) {
        if (condition == null) {
            return true;
        }
        for (Map.Entry<String, Object> operator : ((Map<String, Object>) condition).entrySet()) {
            boolean like =
                    switch (operator.getKey()) {
                        case "StringLike" -> true;
                        case "StringEquals" -> false;
                        default ->
                            throw new UnsupportedOperationException(
                                    "condition operator " + operator.getKey() + " is not modelled");
                    };
            for (Map.Entry<String, Object> key : ((Map<String, Object>) operator.getValue()).entrySet()) {
                String actual = context.get(key.getKey());
                if (actual == null) {
                    return false; // IAM: a condition on a key the request lacks does not match
                }
                boolean any = strings(key.getValue()).stream()
                        .anyMatch(value ->
                                like ? wildcard(value, false).matcher(actual).matches() : value.equals(actual));
                if (!any) {
                    return false;
                }
            }
        }
        return true;
    }

    private String bucketKeyArn() {
        return "arn:aws:kms:" + region + ":" + account + ":key/" + bucketKeyId().orElse("none");
    }

    @SuppressWarnings("unchecked")
    private Optional<String> bucketKeyId() {
        for (Object value : resources.values()) {
            Map<String, Object> resource = (Map<String, Object>) value;
            if ("AWS::S3::Bucket".equals(resource.get("Type"))) {
                String encryption = String.valueOf(properties(resource).get("BucketEncryption"));
                for (String id : resources.keySet()) {
                    if (encryption.contains("[" + id + ", Arn]")) {
                        return Optional.of(id);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private Object resolve(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> node = (Map<String, Object>) map;
            if (node.size() == 1) {
                String fn = node.keySet().iterator().next();
                Object arg = node.get(fn);
                switch (fn) {
                    case "Ref" -> {
                        return ref((String) arg);
                    }
                    case "Fn::GetAtt" -> {
                        List<Object> parts = (List<Object>) arg;
                        return getAtt((String) parts.get(0), (String) parts.get(1));
                    }
                    case "Fn::Join" -> {
                        List<Object> parts = (List<Object>) arg;
                        StringBuilder joined = new StringBuilder();
                        List<Object> items = (List<Object>) parts.get(1);
                        for (int i = 0; i < items.size(); i++) {
                            if (i > 0) {
                                joined.append((String) parts.get(0));
                            }
                            joined.append((String) resolve(items.get(i)));
                        }
                        return joined.toString();
                    }
                    default -> {
                        if (fn.startsWith("Fn::")) {
                            throw new UnsupportedOperationException("intrinsic " + fn + " is not modelled");
                        }
                    }
                }
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            node.forEach((key, item) -> resolved.put(key, resolve(item)));
            return resolved;
        }
        if (value instanceof List<?> items) {
            List<Object> resolved = new ArrayList<>();
            items.forEach(item -> resolved.add(resolve(item)));
            return resolved;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private String ref(String id) {
        return switch (id) {
            case "AWS::Partition" -> "aws";
            case "AWS::Region" -> region;
            case "AWS::AccountId" -> account;
            case "AWS::URLSuffix" -> "amazonaws.com";
            default -> {
                Map<String, Object> resource = (Map<String, Object>) resources.get(id);
                if (resource != null && "AWS::S3::Bucket".equals(resource.get("Type"))) {
                    yield bucketName;
                }
                // any other resource: its logical id stands in for the physical one
                yield id;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private String getAtt(String id, String attribute) {
        Map<String, Object> resource = (Map<String, Object>) resources.get(id);
        String type = resource == null ? "" : (String) resource.get("Type");
        if (type.equals("AWS::S3::Bucket") && attribute.equals("Arn")) {
            return "arn:aws:s3:::" + bucketName;
        }
        if (type.equals("AWS::KMS::Key") && attribute.equals("Arn")) {
            return "arn:aws:kms:" + region + ":" + account + ":key/" + id;
        }
        return "arn:unresolved:" + id + "." + attribute;
    }

    private static Pattern wildcard(String pattern, boolean caseInsensitive) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return caseInsensitive
                ? Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE)
                : Pattern.compile(regex.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> resource) {
        Object properties = resource.get("Properties");
        return properties == null ? Map.of() : (Map<String, Object>) properties;
    }

    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> items ? new ArrayList<>(items) : List.of(value);
    }

    private static Set<String> strings(Object value) {
        Set<String> strings = new LinkedHashSet<>();
        for (Object item : list(value)) {
            strings.add(String.valueOf(item));
        }
        return strings;
    }
}
