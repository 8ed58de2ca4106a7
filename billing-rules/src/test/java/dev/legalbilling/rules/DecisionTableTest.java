package dev.legalbilling.rules;

import static dev.legalbilling.rules.Fixtures.MONDAY;
import static dev.legalbilling.rules.Fixtures.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableTest {
    /** Expense caps by code: the cap is in the cell, the finding says which. */
    static final List<List<String>> CAPS = List.of(
            List.of("RuleSet", "firm.caps"),
            List.of("Import", "dev.legalbilling.rules.fact.*, java.math.BigDecimal"),
            List.of(""),
            List.of("RuleTable Expense caps"),
            List.of("NAME", "CONDITION", "ACTION"),
            List.of("", "$l : LineFact", ""),
            List.of("", "type == \"E\", expenseCode == \"$param\"",
                    "if ($l.rate().compareTo(new BigDecimal(\"$param\")) > 0) { insert(Violation.onLine($l,"
                            + " $l.reference() + \" is above the cap of $param a unit.\")); }"),
            List.of("Rule id", "Expense code", "Cap a unit"),
            List.of("FIRM-CAP-E101", "E101", "0.10"),
            List.of("FIRM-CAP-E102", "E102", "0.25"));

    @TempDir
    Path dir;

    @Test
    void csvTableFiresOnlyAboveTheCapOfItsRow() throws IOException {
        Path table = write("caps.drl.csv", csv(CAPS));
        try (RuleEngine engine = RuleEngine.builder().addFile(table).build()) {
            assertThat(engine.ruleSets().get(0).id()).isEqualTo("caps");
            ComplianceReport over = engine.check(Fixtures.invoice("INV-1").expense(MONDAY, "100", "0.15").build(),
                    null, null);
            assertThat(over.findings()).extracting(Finding::ruleId).containsExactly("FIRM-CAP-E101");
            assertThat(over.findings().get(0).message()).contains("above the cap of 0.10 a unit");
            ComplianceReport within = engine.check(Fixtures.invoice("INV-2").expense(MONDAY, "100", "0.10")
                    .fee(PARTNER, MONDAY, "1.0", "L110").build(), null, null);
            assertThat(within.findings()).isEmpty();
        }
    }

    @Test
    void xlsxTableLoadsFromARuleDirectoryNextToDrl() throws IOException {
        write("caps.drl.xlsx", xlsx("Caps", CAPS));
        try (RuleEngine engine = RuleEngine.builder().addDirectory(dir).build()) {
            assertThat(engine.ruleSets().get(0).rules()).extracting(RuleDefinition::id)
                    .containsExactly("FIRM-CAP-E101", "FIRM-CAP-E102");
            assertThat(engine.check(Fixtures.invoice("INV-1").expense(MONDAY, "10", "0.30").build(), null, null)
                    .findings()).extracting(Finding::ruleId).containsExactly("FIRM-CAP-E101");
        }
    }

    @Test
    void showsTheGeneratedDrlWithoutCompilingIt() throws IOException {
        Path table = write("caps.drl.csv", csv(CAPS));
        assertThat(DecisionTables.toDrl(table)).contains("package firm.caps;", "rule \"FIRM-CAP-E102\"",
                "$l : LineFact(type == \"E\", expenseCode == \"E102\")", "new BigDecimal(\"0.25\")");
    }

    @Test
    void gateRefusalInAWorkbookPointsAtTheSheetAndTheRowOfTheRule() throws IOException {
        List<List<String>> broken = replace(CAPS, 9, List.of("FIRM-CAP-E102", "E102", "0.25 a unit"));
        write("caps.drl.xlsx", xlsx("Sheet1", broken));
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addDirectory(dir).build());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.cell()).isEqualTo("Sheet1!A10"));
        assertThat(e.getMessage()).startsWith("caps.drl.xlsx:Sheet1!A10: rule \"FIRM-CAP-E102\" calls new"
                + " java.math.BigDecimal(String)");
    }

    @Test
    void unquotedCodeInAConditionCellGivesItsRowAndColumn() throws IOException {
        List<List<String>> unquoted = replace(CAPS, 6, List.of("", "type == \"E\", expenseCode == $param",
                CAPS.get(6).get(2)));
        unquoted = replace(unquoted, 8, List.of("FIRM-CAP-E101", "\"E101\"", "0.10"));
        Path table = write("caps.drl.csv", csv(unquoted));
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(table).build());
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(2);
        });
        assertThat(e.getMessage()).startsWith("caps.drl.csv:10:2: ");
    }

    @Test
    void tableCodeGoesThroughTheBytecodeGate() throws IOException {
        List<List<String>> hostile = replace(CAPS, 6, List.of("", "type == \"E\", expenseCode == \"$param\"",
                "insert(Violation.onLine($l, \"\" + Integer.getInteger(\"$param\")));"));
        Path table = write("caps.drl.csv", csv(hostile));
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(table).build());
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.kind()).isEqualTo("SECURITY"));
        assertThat(e.getMessage()).contains("caps.drl.csv:").contains("getInteger");
    }

    @Test
    void aTableWithoutRuleTableSaysSo() throws IOException {
        Path table = write("caps.drl.csv", "Expense code,Cap\nE101,0.10\n");
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(table).build());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo("TABLE"));
    }

    @Test
    void refusesAnArchiveThatInflatesPastTheLimitBeforePoiReadsIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(100_000);
        Path table = write("bomb.drl.xlsx", bytes.toByteArray());
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(table).build());
        assertThat(e.getMessage()).isEqualTo("bomb.drl.xlsx:0:0: inflates to more than 16777216 bytes"
                + " (a decision table is far smaller); it was not read");
    }

    @Test
    void refusesATableLargerThanTheLimit() throws IOException {
        Path table = write("big.drl.csv", "RuleSet,x\n" + "Notes,".repeat(200_000));
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(table).build());
        assertThat(e.getMessage()).contains("no decision table larger than 1048576 bytes is read");
    }

    @Test
    void csvGivenAsDrlIsNotARuleFile() throws IOException {
        Path drl = write("caps.drl", csv(CAPS));
        RuleSetLoadException e = catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(drl).build());
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("is not a rule file: it holds comma-separated values"));
        Path plainCsv = write("caps.csv", csv(CAPS));
        assertThat(catchThrowableOfType(RuleSetLoadException.class,
                () -> RuleEngine.builder().addFile(plainCsv).build()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("is not a rule file"));
    }

    @Test
    void drlWithCommasIsStillDrl() {
        String drl = """
                package firm;
                import dev.legalbilling.rules.fact.*;
                rule "FIRM-X"
                when
                    $l : LineFact(type == "E", units > 1, rate > 1)
                then
                    insert(Violation.onLine($l, "a, b, c"));
                end
                """;
        try (RuleEngine engine = RuleEngine.builder().addString("firm", "1", drl).build()) {
            assertThat(engine.ruleSets()).hasSize(1);
        }
    }

    static List<List<String>> replace(List<List<String>> rows, int index, List<String> row) {
        List<List<String>> copy = new java.util.ArrayList<>(rows);
        copy.set(index, row);
        return copy;
    }

    static String csv(List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            s.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
                    .append('\n');
        }
        return s.toString();
    }

    static byte[] xlsx(String sheetName, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
