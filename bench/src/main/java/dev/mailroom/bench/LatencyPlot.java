package dev.mailroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Renders latency percentiles (p50, p95, p99) against offered load as a PNG line chart from the JSON result lines
 * of {@code e2e} or {@code rest} runs (lines with a numeric {@code offered_rate}); plain Java2D, no plotting library.
 */
final class LatencyPlot {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    /** One measured point. */
    record Point(double offeredRate, double p50, double p95, double p99) {}

    static List<Point> read(Path results) throws IOException {
        List<Point> points = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            if (node.path("offered_rate").isNumber() && node.has("latency_p99_ms")) {
                points.add(new Point(
                        node.get("offered_rate").asDouble(),
                        node.get("latency_p50_ms").asDouble(),
                        node.get("latency_p95_ms").asDouble(),
                        node.get("latency_p99_ms").asDouble()));
            }
        }
        points.sort(Comparator.comparingDouble(Point::offeredRate));
        return points;
    }

    static void render(List<Point> points, String title, Path png) throws IOException {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no result lines with a numeric offered_rate to plot");
        }
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxX = points.stream().mapToDouble(Point::offeredRate).max().orElse(1) * 1.05;
        double maxY = points.stream().mapToDouble(Point::p99).max().orElse(1) * 1.1;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i <= 5; i++) {
            int y = TOP + plotH - plotH * i / 5;
            int x = LEFT + plotW * i / 5;
            g.setColor(new Color(225, 225, 225));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.drawLine(x, TOP, x, TOP + plotH);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", maxY * i / 5), LEFT - 45, y + 4);
            g.drawString(String.format(Locale.ROOT, "%.0f", maxX * i / 5), x - 12, TOP + plotH + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        g.drawString("offered load (documents or requests per second)", LEFT + plotW / 2 - 140, HEIGHT - 20);
        g.drawString("latency (ms)", 10, TOP - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 25);

        Color[] colors = {new Color(40, 120, 200), new Color(230, 140, 20), new Color(200, 40, 40)};
        String[] names = {"p50", "p95", "p99"};
        g.setStroke(new BasicStroke(2.2f));
        for (int series = 0; series < 3; series++) {
            g.setColor(colors[series]);
            int prevX = -1;
            int prevY = -1;
            for (Point p : points) {
                double value = series == 0 ? p.p50() : series == 1 ? p.p95() : p.p99();
                int x = LEFT + (int) (plotW * p.offeredRate() / maxX);
                int y = TOP + plotH - (int) (plotH * value / maxY);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, x, y);
                }
                prevX = x;
                prevY = y;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(names[series], LEFT + plotW - 60, TOP + 20 + 18 * series);
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }
}
