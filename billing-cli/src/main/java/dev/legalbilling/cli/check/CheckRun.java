package dev.legalbilling.cli.check;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * Everything one {@code billing check} run found, and the exit code it leads to: 2 when a file has format errors or
 * could not be read or checked, else 1 when a finding is at ERROR severity or rejects a line, else 0.
 *
 * @param files what each file gave, in argument order
 * @param skippedFiles files found in directories that are not invoices
 * @param dialect the name of the LEDES dialect the files were read under
 * @param profileId the id of the guideline profile in force
 * @param ruleSets the rule sets the engine loaded
 */
record CheckRun(List<CheckedFile> files, int skippedFiles, String dialect, String profileId,
        List<RuleSetInfo> ruleSets) {
    CheckRun {
        files = List.copyOf(files);
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(profileId, "profileId");
        ruleSets = List.copyOf(ruleSets);
    }

    /** @return the reports of every invoice checked, in file order */
    List<ComplianceReport> reports() {
        return files.stream().flatMap(f -> f.invoices().stream()).map(CheckedInvoice::report).toList();
    }

    /** @return every finding of every invoice */
    List<Finding> findings() {
        return reports().stream().flatMap(r -> r.findings().stream()).toList();
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    long count(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** @return how many findings reject their line (or the invoice) */
    long rejections() {
        return findings().stream().filter(f -> f.action() == Action.REJECT).count();
    }

    /** @return the amounts at stake of all findings, one per invoice (currencies may differ) */
    List<Money> amountsAtStake() {
        return reports().stream().map(ComplianceReport::amountAtStake).toList();
    }

    /** @return the exposures (no money counted twice), one per invoice (currencies may differ) */
    List<Money> exposures() {
        return reports().stream().map(ComplianceReport::exposure).toList();
    }

    /**
     * @param errors true to count errors, false to count warnings
     * @return how many format issues of that kind
     */
    long formatIssues(boolean errors) {
        return files.stream().flatMap(f -> f.issues().stream()).filter(i -> i.error() == errors).count();
    }

    /** @return how many files or invoices could not be read or checked */
    long failures() {
        return files.stream().mapToLong(f -> f.errors().size()).sum();
    }

    /** @return 2 for format errors or failures, 1 for ERROR findings or rejections, else 0 */
    int exitCode() {
        if (files.stream().anyMatch(CheckedFile::failed)) {
            return ExitCodes.USAGE_OR_INPUT;
        }
        return count(Severity.ERROR) > 0 || rejections() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
