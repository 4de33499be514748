package dev.mailroom.deploy.repo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/** Reads task-definition JSON the way the AWS SDK's own model defines it: a typo or a wrong type fails. */
public final class EcsJson {

    private EcsJson() {}

    /** The request {@code aws ecs register-task-definition --cli-input-json} would send. */
    public static RegisterTaskDefinitionRequest parse(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Object builder = mapper.readValue(json, RegisterTaskDefinitionRequest.serializableBuilderClass());
        return ((RegisterTaskDefinitionRequest.Builder) builder).build();
    }
}
