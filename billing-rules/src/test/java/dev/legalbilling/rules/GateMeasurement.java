package dev.legalbilling.rules;

import dev.legalbilling.rules.RuleSetLoadException.Problem;
import dev.legalbilling.rules.internal.RuleSetCompiler;
import dev.legalbilling.rules.internal.RuleSetContent;
import dev.legalbilling.rules.internal.SourceFile;
import dev.legalbilling.rules.internal.security.AllowList;
import dev.legalbilling.rules.internal.security.BytecodeVerifier;
import dev.legalbilling.rules.internal.security.ExecutableModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what the security gate costs a custom rule set, in one JVM: the first round is cold, later rounds warm.
 * {@code java -cp <test classpath> dev.legalbilling.rules.GateMeasurement [DIR [ROUNDS]]} (default: the guideline
 * pack's DRL files, 25 rules, as a directory). Prints milliseconds per phase; not a test.
 */
public final class GateMeasurement {
    private GateMeasurement() {
    }

    /** @param args directory of DRL files, rounds */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0]
                : "billing-rules/src/main/resources/dev/legalbilling/rules/packs/guideline");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        AllowList allowList = AllowList.parse(RuleSecurityPolicy.defaults().allowedMembers());
        for (int r = 1; r <= rounds; r++) {
            List<Problem> problems = new ArrayList<>();
            RuleSetContent read = RuleSetReader.read(RuleSetSource.directory(dir), problems);
            RuleSetContent content = new RuleSetContent(read.id() + "-m" + r, read.version(), read.origin(),
                    read.drlFiles(), read.manifest(), read.manifestFile(), read.classLoader(), null);
            List<ExecutableModel.Source> sources = new ArrayList<>();
            for (SourceFile f : content.drlFiles()) {
                sources.add(new ExecutableModel.Source(f.name(), "dev/legalbilling/rules/packs/guideline", f.text()));
            }
            long t0 = System.nanoTime();
            ExecutableModel.Result built = ExecutableModel.build(content.id(), sources, content.classLoader(),
                    Duration.ofMinutes(5));
            long t1 = System.nanoTime();
            int refusals = new BytecodeVerifier(built.classes(), content.classLoader(), allowList).verify().size();
            long t2 = System.nanoTime();
            RuleSetCompiler.Outcome whole = RuleSetCompiler.compile(content, RuleSecurityPolicy.defaults());
            long t3 = System.nanoTime();
            System.out.printf("round %d: %d classes; executable model %d ms, verification %.1f ms (%d refusals); "
                    + "whole load (scan + model + verification + definition) %d ms%s%n", r, built.classes().size(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1e6, refusals, (t3 - t2) / 1_000_000,
                    whole.problems().isEmpty() ? "" : " PROBLEMS " + whole.problems());
        }
    }
}
