package dev.legalbilling.cli.check;

import dev.legalbilling.cli.rules.InputFileException;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.MatterId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the matter files named by {@code --matter} by matter id. Stateless. */
final class MatterFiles {
    private MatterFiles() {
    }

    /**
     * @param files matter files, in the format of {@code docs/invoice-files.md}
     * @return the files by their matter's id
     * @throws InputFileException when a file does not exist, or two files describe the same matter
     * @throws dev.legalbilling.json.JsonInputException naming the file, key path and line when one is invalid
     */
    static Map<MatterId, MatterFile> read(List<Path> files) {
        Map<MatterId, MatterFile> matters = new HashMap<>();
        Map<MatterId, Path> sources = new HashMap<>();
        for (Path file : files) {
            InputFileException.requireReadable(file);
            MatterFile matterFile = MatterFile.read(file);
            Matter matter = matterFile.matter();
            Path earlier = sources.putIfAbsent(matter.id(), file);
            if (earlier != null) {
                throw new InputFileException(file, "describes matter " + matter.id() + ", as " + earlier
                        + " does already");
            }
            matters.put(matter.id(), matterFile);
        }
        return matters;
    }

    /**
     * @param files matter files by matter id
     * @return their matters by id
     */
    static Map<MatterId, Matter> matters(Map<MatterId, MatterFile> files) {
        Map<MatterId, Matter> matters = new HashMap<>();
        files.forEach((id, file) -> matters.put(id, file.matter()));
        return matters;
    }
}
