package dev.mailroom.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyPlotTest {

    @Test
    void readsResultLinesSortedByOfferedRateAndRendersAPng(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results.jsonl");
        Files.writeString(
                results,
                """
                e2e: progress lines are ignored
                {"bench":"e2e","offered_rate":2000,"latency_p50_ms":20,"latency_p95_ms":40,"latency_p99_ms":90}
                {"bench":"e2e","offered_rate":"max","latency_p50_ms":900,"latency_p95_ms":1200,"latency_p99_ms":1500}
                {"bench":"e2e","offered_rate":500,"latency_p50_ms":10,"latency_p95_ms":15,"latency_p99_ms":30}
                """);

        List<LatencyPlot.Point> points = LatencyPlot.read(results);
        LatencyPlot.render(points, "test", dir.resolve("out.png"));
        BufferedImage image = ImageIO.read(dir.resolve("out.png").toFile());

        assertThat(points).extracting(LatencyPlot.Point::offeredRate).containsExactly(500.0, 2000.0);
        assertThat(points.get(1).p99()).isEqualTo(90.0);
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(560);
    }
}
