package dev.mailroom.deploy.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceSpecTest {

    @ParameterizedTest(name = "cpu {0}, {1} MiB -> {2}")
    @CsvSource({
        "256, 512, true",
        "256, 4096, false",
        "512, 1024, true",
        "1024, 2048, true",
        "1024, 1024, false",
        "2048, 4096, true",
        "4096, 16384, true",
        "4096, 8000, false",
        "3000, 8192, false"
    })
    void fargateSizesAreTheCombinationsFargateAccepts(int cpu, int memory, boolean valid) {
        assertThat(FargateSizes.isValid(cpu, memory)).isEqualTo(valid);
    }

    @Test
    void catalogSizesAreValidAndPortsDistinct() {
        List<ServiceSpec> services = ServiceCatalog.services(DeploymentValues.placeholders(), Optional.empty());
        assertThat(services).extracting(ServiceSpec::port).containsExactly(8081, 8082, 8083);
        assertThat(services).allMatch(spec -> FargateSizes.isValid(spec.cpu(), spec.memoryMiB()));
    }

    @Test
    void bucketAccessTakesFolderPrefixesOnly() {
        assertThatThrownBy(() -> new BucketAccess(List.of("models"), List.of())).hasMessageContaining("models/");
        assertThatThrownBy(() -> new BucketAccess(List.of(), List.of("*")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BucketAccess(List.of("raw/"), List.of()).readPrefixes()).containsExactly("raw/");
    }

    @Test
    void specRejectsImpossibleSizesCountsAndHealthPaths() {
        assertThatThrownBy(() -> spec(256, 8192, 1, 1, ServiceSpec.LIVENESS_PATH))
                .hasMessageContaining("Fargate size");
        assertThatThrownBy(() -> spec(256, 512, 2, 1, ServiceSpec.LIVENESS_PATH))
                .hasMessageContaining("desiredCount");
        assertThatThrownBy(() -> spec(256, 512, 1, 1, "/")).hasMessageContaining("readiness or liveness");
        assertThatThrownBy(() -> new SecretSpec("X", SecretSpec.Store.SSM_PARAMETER, "relative"))
                .hasMessageContaining("absolute");
    }

    private static ServiceSpec spec(int cpu, int memory, int desired, int max, String health) {
        return new ServiceSpec(
                "x",
                8080,
                cpu,
                memory,
                desired,
                max,
                Map.of(),
                List.of(),
                new BucketAccess(List.of(), List.of()),
                List.of("/x"),
                health);
    }
}
