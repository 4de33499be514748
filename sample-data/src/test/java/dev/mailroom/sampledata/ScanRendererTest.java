package dev.mailroom.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

class ScanRendererTest {

    private static final SampleDocument DOC =
            new SampleGenerator(8, GeneratorOptions.defaults().withoutNoise()).document(4);

    @Test
    void pngIsAnA4PageAt300Dpi() throws Exception {
        byte[] png = new ScanRenderer(1).renderPng(DOC.text());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ScanRenderer.PAGE_WIDTH);
        assertThat(image.getHeight()).isEqualTo(ScanRenderer.PAGE_HEIGHT);
        assertThat(dpi(png)).isCloseTo(300.0, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void pageHasInkNoiseAndSkew() throws Exception {
        BufferedImage page = new ScanRenderer(1).renderPages(DOC.text()).get(0);
        int dark = 0;
        int mid = 0;
        for (int y = 0; y < page.getHeight(); y += 2) {
            for (int x = 0; x < page.getWidth(); x += 2) {
                int v = page.getRaster().getSample(x, y, 0);
                if (v < 100) {
                    dark++;
                } else if (v < 230) {
                    mid++;
                }
            }
        }
        assertThat(dark).as("text and speckles").isGreaterThan(2000);
        assertThat(mid).as("anti-aliasing and blur").isGreaterThan(dark / 4);
        // Skew: the rotated page leaves pure white wedges in at least one corner.
        int[] corners = {
            page.getRaster().getSample(2, 2, 0),
            page.getRaster().getSample(page.getWidth() - 3, 2, 0),
            page.getRaster().getSample(2, page.getHeight() - 3, 0),
            page.getRaster().getSample(page.getWidth() - 3, page.getHeight() - 3, 0)
        };
        assertThat(corners).contains(255);
    }

    @Test
    void sameSeedAndTextGiveSameBytesOtherSeedsDiffer() {
        byte[] a = new ScanRenderer(3).renderPng(DOC.text());
        byte[] b = new ScanRenderer(3).renderPng(DOC.text());
        byte[] c = new ScanRenderer(4).renderPng(DOC.text());
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void imageOnlyPdfHasPageImagesButNoTextLayer() throws Exception {
        byte[] pdf = new ScanRenderer(1).renderImagePdf(DOC);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            List<String> names = new java.util.ArrayList<>();
            doc.getPage(0).getResources().getXObjectNames().forEach(n -> names.add(n.getName()));
            assertThat(names).hasSize(1);
            assertThat(doc.getPage(0)
                            .getResources()
                            .getXObject(doc.getPage(0)
                                    .getResources()
                                    .getXObjectNames()
                                    .iterator()
                                    .next()))
                    .isInstanceOf(PDImageXObject.class);
        }
        assertThat(PdfRendererTest.extract(pdf)).isBlank();
    }

    @Test
    void longTextBecomesSeveralPages() {
        String text = "Line of a rather long scanned letter about purchase order 4711.\n".repeat(90);
        assertThat(new ScanRenderer(2).renderPages(text)).hasSizeGreaterThan(1);
    }

    private static double dpi(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
            Node pixelSize = root.getElementsByTagName("HorizontalPixelSize").item(0);
            double mmPerPixel = Double.parseDouble(
                    pixelSize.getAttributes().getNamedItem("value").getNodeValue());
            return 25.4 / mmPerPixel;
        }
    }
}
