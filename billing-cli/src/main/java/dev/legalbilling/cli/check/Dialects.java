package dev.legalbilling.cli.check;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.ledes.LedesDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/** Resolves the {@code --dialect} option: a built-in dialect by name, or a dialect properties file. Stateless. */
final class Dialects {
    private Dialects() {
    }

    /**
     * @param nameOrFile a built-in dialect ({@code spec}, {@code legal-tracker}, {@code brightflag},
     *     {@code collaborati}, {@code clio}, {@code practicepanther}, {@code mycase}; case ignored),
     *     or the path of a {@code .properties} dialect definition
     * @return the dialect
     * @throws InvalidValueException when it is neither
     * @throws dev.legalbilling.ledes.LedesDialectException when the file is not a valid dialect definition
     */
    static LedesDialect resolve(String nameOrFile) {
        Optional<LedesDialect> builtIn = LedesDialect.builtIn(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".properties") && Files.isRegularFile(file)) {
            return LedesDialect.load(file);
        }
        throw new InvalidValueException("--dialect", nameOrFile, "must be "
                + LedesDialect.builtIns().stream().map(LedesDialect::name).collect(Collectors.joining(", "))
                + " or an existing dialect .properties file");
    }
}
