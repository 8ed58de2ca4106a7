package dev.legalbilling.cli.rules;

import dev.legalbilling.rules.Isolation;
import picocli.CommandLine.Option;

/**
 * {@code --no-isolation}, shared by every command that runs rule files: by default rule files run in a separate
 * worker JVM ({@link Isolation#workerJvm()}: empty environment, its own heap limit, killed and restarted when a check
 * overruns), with this JVM's {@code java} and class path (the shaded CLI jar); bundled packs always run in this JVM.
 */
public final class IsolationOption {
    @Option(names = "--no-isolation",
            description = "Run rule files in this JVM rather than in a separate worker JVM (empty environment, own"
                    + " heap limit, restarted when a check overruns). Bundled packs always run in this JVM.")
    boolean noIsolation;

    /** @return where rule files run: a worker JVM unless {@code --no-isolation} was given */
    public Isolation isolation() {
        return noIsolation ? Isolation.inProcess() : Isolation.workerJvm();
    }
}
