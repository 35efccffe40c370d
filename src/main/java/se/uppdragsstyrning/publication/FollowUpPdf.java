package se.uppdragsstyrning.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.system.UppdragProperties;

/**
 * The printable version of a goal's public follow-up, as PDF. The page is the same Thymeleaf fragment as the
 * web page (so every text from users is escaped by th:text), in a print template with its own styles, rendered
 * by openhtmltopdf. The font is DejaVu Sans, read from the classpath (the jasperreports-fonts artifact) and
 * embedded, so the PDF has Swedish and other letters right without any font installed on the server.
 */
@Component
class FollowUpPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ITemplateEngine templates;
    private final String municipality;

    FollowUpPdf(ITemplateEngine templates, UppdragProperties settings) throws IOException {
        this.templates = templates;
        this.municipality = settings.municipality();
        // PDFBox caches the fonts it finds on the machine; keep that cache out of the user's home directory
        if (System.getProperty("pdfbox.fontcache") == null) {
            Path cache = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "uppdrag-pdfbox"));
            System.setProperty("pdfbox.fontcache", cache.toString());
        }
    }

    byte[] render(PeriodId period, PublishedGoal goal) {
        Context context = new Context(SWEDISH, Map.of("period", period, "goal", goal,
                "statuses", ReportStatus.values(), "municipality", municipality));
        String xhtml = templates.process("publication/print", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        FSSupplier<InputStream> ttf = () -> FollowUpPdf.class.getResourceAsStream(FONTS + file);
        builder.useFont(ttf, "DejaVu Sans", weight, style, true);
    }
}
