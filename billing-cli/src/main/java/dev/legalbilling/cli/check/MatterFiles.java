package dev.legalbilling.cli.check;

import dev.legalbilling.cli.rules.InputFileException;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.MatterId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the matter files named by {@code --matter} into matters by id. Stateless. */
final class MatterFiles {
    private MatterFiles() {
    }

    /**
     * @param files matter files, in the format of {@code docs/invoice-files.md}
     * @return their matters by id
     * @throws InputFileException when a file does not exist, or two files describe the same matter
     * @throws dev.legalbilling.json.JsonInputException naming the file, key path and line when one is invalid
     */
    static Map<MatterId, Matter> read(List<Path> files) {
        Map<MatterId, Matter> matters = new HashMap<>();
        Map<MatterId, Path> sources = new HashMap<>();
        for (Path file : files) {
            InputFileException.requireReadable(file);
            Matter matter = MatterFile.read(file).matter();
            Path earlier = sources.putIfAbsent(matter.id(), file);
            if (earlier != null) {
                throw new InputFileException(file, "describes matter " + matter.id() + ", as " + earlier
                        + " does already");
            }
            matters.put(matter.id(), matter);
        }
        return matters;
    }
}
