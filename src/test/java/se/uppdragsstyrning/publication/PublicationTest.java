package se.uppdragsstyrning.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.support.FollowUpTest;

/** The public follow-up pages, the open data and the PDF, without login and only for approved periods. */
class PublicationTest extends FollowUpTest {

    private static final String DEMO_GOAL = "/rapport/2025/INTERIM_AUGUST/mal/4";

    @Test
    void publicGoalPageIsLaidOutLikeTheMunicipalitysWithAllTwentyThreeAssignments() throws Exception {
        String page = mvc.perform(get(DEMO_GOAL))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(count(page, "<div class=\"assignment\">")).isEqualTo(23);
        assertThat(page)
                .contains("<h1>Fokusmål 4. Uppsala ska bli tryggare med jämlika livsvillkor</h1>")
                .contains("<h3>Välkomna och inkluderade</h3>")
                .contains("Status för inriktningsmålet är</span>")
                .contains(">Grön.</span>")
                .contains("<h3>Uppdrag 34. Utveckla kommunens förmåga att förebygga och bekämpa ungdomsbrottslighet"
                        + " och kriminalitet.</h3>")
                .contains("<h3>Tillkommande uppdrag: att krigsplacera kommunens tillsvidareanställda")
                .contains(">Grön. Uppdraget är slutfört.</span>")
                .contains("Rapportering augusti 2025: Uppdraget pågår. Beräknat slutår: 2027.")
                .contains("<li>Uppsalahem AB</li>")
                .contains("Beslutspunkterna ingick i: Revidering av program mot våld i nära relationer")
                .contains("href=\"/rapport/2025/INTERIM_AUGUST/mal/4.pdf\"")
                .contains("href=\"/api/public/rollups/2025/INTERIM_AUGUST.json\"");
        for (ReportStatus status : ReportStatus.values()) {
            assertThat(page).contains(">" + status.label() + "</span></dt>").contains(status.meaning());
        }
        // the period summary: the computed sentence replaces the text's paragraph with the wrong numbers
        int summary = page.indexOf("<h2>Delårsuppföljning per augusti</h2>");
        assertThat(summary).isPositive();
        assertThat(page.substring(summary))
                .contains("Av de 22 pågående uppdragen bedöms åtta bli färdigställda under 2025, tio under 2026 och"
                        + " fyra under 2027.")
                .contains("Kommunen bedriver ett omfattande trygghetsarbete")
                .contains("I samverkan med andra aktörer bedriver kommunen ett brett arbete")
                .doesNotContain("elva uppdrag");
        assertThat(page.indexOf("Av kommunfullmäktiges totalt 23 uppdrag"))
                .isLessThan(page.indexOf("Kommunen bedriver ett omfattande trygghetsarbete"));
        mvc.perform(get("/rapport/2025/interim_august/mal/4")).andExpect(status().isOk());
        mvc.perform(get("/rapport/2025/INTERIM_AUGUST/mal/5")).andExpect(status().isNotFound());
    }

    @Test
    void periodListAndPeriodPageLinkToTheGoals() throws Exception {
        mvc.perform(get("/rapport"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/rapport/2025/INTERIM_AUGUST\"")))
                .andExpect(content().string(containsString("Delårsuppföljning per augusti 2025")));
        mvc.perform(get("/rapport/2025/INTERIM_AUGUST"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/rapport/2025/INTERIM_AUGUST/mal/4\"")))
                .andExpect(content().string(containsString("pågår 22 enligt plan och ett är slutfört")))
                .andExpect(content().string(containsString("href=\"/api/public/rollups/2025/INTERIM_AUGUST.csv\"")));
        mvc.perform(get("/rapport/2025/SOMMAR")).andExpect(status().isNotFound());
    }

    @Test
    void aPeriodNotApprovedByKsDoesNotExistForThePublic() throws Exception {
        Organisation ks = fixture.organisation("KS", "Kommunstyrelsen");
        fixture.goal(93, "Ett mål som ännu inte är godkänt");
        fixture.assignment("T93-1", 93, 1, "Hemligt utkast", ks);
        PeriodId period = PeriodId.parse("2033-INTERIM_APRIL");
        fixture.period(period, PeriodState.KS_APPROVAL, LocalDate.of(2033, 4, 1));
        fixture.assessed("T93-1", period, ReportStatus.YELLOW, 2034);

        mvc.perform(get("/rapport/2033/INTERIM_APRIL")).andExpect(status().isNotFound());
        mvc.perform(get("/rapport/2033/INTERIM_APRIL/mal/93")).andExpect(status().isNotFound());
        mvc.perform(get("/rapport/2033/INTERIM_APRIL/mal/93.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/rollups/2033/INTERIM_APRIL.json"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.problems[0].message")
                        .value("Det finns ingen publicerad uppföljning för 2033-INTERIM_APRIL."));
        mvc.perform(get("/api/public/rollups/2033/INTERIM_APRIL.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/rapport")).andExpect(content().string(not(containsString("2033"))));

        fixture.period(period, PeriodState.APPROVED, LocalDate.of(2033, 4, 1));
        mvc.perform(get("/rapport/2033/INTERIM_APRIL/mal/93"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppdrag 1. Hemligt utkast")));
    }

    @Test
    void openDataJsonHasTheGoalsAndEveryAssignment() throws Exception {
        mvc.perform(get("/api/public/rollups/2025/INTERIM_AUGUST.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.label").value("Delårsuppföljning per augusti 2025"))
                .andExpect(jsonPath("$.goals", hasSize(1)))
                .andExpect(jsonPath("$.goals[0].status").value("GREEN"))
                .andExpect(jsonPath("$.goals[0].total").value(23))
                .andExpect(jsonPath("$.goals[0].ongoingByEndYear.2026").value(10))
                .andExpect(jsonPath("$.goals[0].analysis", hasSize(2)))
                .andExpect(jsonPath("$.assignments", hasSize(23)))
                .andExpect(jsonPath("$.assignments[0].ref").value("2025-34"))
                .andExpect(jsonPath("$.assignments[0].goal").value(4))
                .andExpect(jsonPath("$.assignments[0].number").value(34))
                .andExpect(jsonPath("$.assignments[0].status").value("GREEN_ON_TRACK"))
                .andExpect(jsonPath("$.assignments[0].statusText").value("Grön. Enligt plan."))
                .andExpect(jsonPath("$.assignments[0].responsible").value("Alla nämnder och bolag"))
                .andExpect(jsonPath("$.assignments[0].reportedAs").value("Rapportering augusti 2025"))
                .andExpect(jsonPath("$.assignments[0].estimatedEndYear").value(2027))
                .andExpect(jsonPath("$.assignments[?(@.ref=='2025-37')].responsible")
                        .value("Plan- och byggnadsnämnden; Kommunstyrelsen; Utbildningsnämnden; Uppsalahem AB"));
    }

    @Test
    void openDataCsvHasOneQuotedRowPerAssignment() throws Exception {
        String csv = mvc.perform(get("/api/public/rollups/2025/interim_august.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("uppfoljning-2025-INTERIM_AUGUST.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("ref,goal,number,title,status,statusText,responsible,reportedAs,assessment,"
                + "estimatedEndYear\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(23);
        CSVRecord first = rows.get(0);
        assertThat(first.get("ref")).isEqualTo("2025-34");
        assertThat(first.get("status")).isEqualTo("GREEN_ON_TRACK");
        assertThat(first.get("assessment")).startsWith("Uppdraget pågår. Beräknat slutår: 2027.").contains("\n\n");
        assertThat(rows).filteredOn(r -> r.get("ref").equals("2025-T5")).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("number")).isEmpty();
                    assertThat(r.get("statusText")).isEqualTo("Grön. Uppdraget är slutfört.");
                    assertThat(r.get("estimatedEndYear")).isEqualTo("2025");
                });
    }

    @Test
    void textFromUsersCannotBecomeAFormulaMarkupOrPdfInstructions() throws Exception {
        Organisation evil = fixture.organisation("ELAK", "=Elak nämnd");
        fixture.goal(94, "Ett mål med farlig text");
        fixture.assignment("T94-1", 94, 1, "=HYPERLINK(\"http://angripare.example\",\"Klicka\")", evil);
        fixture.assignment("T94-2", 94, 2, "<script>alert('x')</script> & \"citat\", med komma", evil);
        fixture.assignment("T94-3", 94, 3, "@SUM(1+1)", evil);
        fixture.assignment("T94-4", 94, 4, "\tTabb först", evil);
        PeriodId period = PeriodId.parse("2034-ANNUAL");
        fixture.imported("T94-1", period, ReportStatus.GREEN_ON_TRACK, 2035);
        fixture.imported("T94-2", period, ReportStatus.YELLOW, 2035);
        fixture.imported("T94-3", period, ReportStatus.RED, null);
        fixture.imported("T94-4", period, ReportStatus.GREEN_DONE, 2034);

        List<CSVRecord> rows = parse(mvc.perform(get("/api/public/rollups/2034/ANNUAL.csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("title")).containsExactly(
                "'=HYPERLINK(\"http://angripare.example\",\"Klicka\")",
                "<script>alert('x')</script> & \"citat\", med komma",
                "'@SUM(1+1)",
                "'\tTabb först");
        assertThat(rows).extracting(r -> r.get("responsible")).containsOnly("'=Elak nämnd");
        assertThat(OpenDataController.cell("+46 18 727 00 00")).isEqualTo("'+46 18 727 00 00");
        assertThat(OpenDataController.cell("-1")).isEqualTo("'-1");
        assertThat(OpenDataController.cell("\rny rad")).isEqualTo("'\rny rad");
        assertThat(OpenDataController.cell("Vanlig text")).isEqualTo("Vanlig text");

        mvc.perform(get("/rapport/2034/ANNUAL/mal/94"))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        byte[] pdf = mvc.perform(get("/rapport/2034/ANNUAL/mal/94.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("<script>alert('x')</script> & \"citat\", med komma")
                    .contains("=Elak nämnd");
        }
    }

    @Test
    void pdfOfTheGoalPageHasSwedishLettersAndIsRenderedForAPersonToLookAt() throws Exception {
        byte[] pdf = mvc.perform(get(DEMO_GOAL + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines break where the page does: compare with single spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Fokusmål 4. Uppsala ska bli tryggare med jämlika livsvillkor")
                    .contains("Status för inriktningsmålet är Grön.")
                    .contains("Grön slutfört")
                    .contains("Uppdrag 34. Utveckla kommunens förmåga")
                    .contains("Delårsuppföljning per augusti")
                    .contains("Äldrenämnden")
                    .contains("åtta bli färdigställda under 2025");
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Fokusmål 4.");
            // page 1 (description) and 2 (goal status, legend, first assignments) as pictures to look at
            for (int page = 0; page < 2; page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
                File png = new File("target/test-output/fokusmal-4-2025-INTERIM_AUGUST-sida-" + (page + 1) + ".png");
                png.getParentFile().mkdirs();
                ImageIO.write(image, "png", png);
                System.out.println("PDF-sidan " + (page + 1) + " som bild: " + png.getAbsolutePath());
                assertThat(png).isNotEmpty();
            }
        }
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
