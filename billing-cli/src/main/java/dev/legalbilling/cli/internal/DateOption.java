package dev.legalbilling.cli.internal;

import dev.legalbilling.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one parser for dates typed on the command line as text ({@code --since}, {@code --until},
 * {@code --invoice-date}, {@code billing fee contingency --date}): ISO {@code YYYY-MM-DD}, a real calendar day
 * ({@code 2025-02-30} is refused), with an error naming the option. Stateless.
 */
public final class DateOption {
    private DateOption() {
    }

    /**
     * @param option the option's name, for the message (e.g. {@code --since})
     * @param text the date as typed, or null
     * @return the date, or null when the text is null (the option was not given)
     * @throws InvalidValueException naming the option when the text is not such a date
     */
    public static LocalDate parse(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(option, text, "must be a date YYYY-MM-DD such as 2026-03-31");
        }
    }
}
