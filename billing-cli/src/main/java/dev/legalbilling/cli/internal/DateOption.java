package dev.legalbilling.cli.internal;

import dev.legalbilling.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one reader of dates typed on the command line: the converter {@code BillingCli} registers for every
 * {@link LocalDate} option and parameter ({@code --as-of}, {@code --date}, {@code --since}, {@code --until},
 * {@code --invoice-date}). A date is ISO {@code YYYY-MM-DD} and a real calendar day ({@code 2025-02-30} is refused);
 * anything else is one line naming the option and the value ({@link #message}). Stateless.
 */
public final class DateOption implements ITypeConverter<LocalDate> {
    /** What a date must be, for messages. */
    static final String PROBLEM = "must be a date YYYY-MM-DD such as 2026-03-31";

    /**
     * @param text the date as typed
     * @return the date
     * @throws NotADate when the text is not such a date
     */
    @Override
    public LocalDate convert(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new NotADate();
        }
    }

    /**
     * @param ex a usage error
     * @return the one-line message of a date that could not be read, e.g. {@code --as-of must be a date YYYY-MM-DD
     *     such as 2026-03-31, was '2026-13-01'}; null when the error is about something else
     */
    public static String message(CommandLine.ParameterException ex) {
        if (!(ex.getCause() instanceof NotADate)) {
            return null;
        }
        ArgSpec arg = ex.getArgSpec();
        String name = arg instanceof OptionSpec option ? option.longestName() : arg == null ? "date"
                : arg.paramLabel();
        return new InvalidValueException(name, ex.getValue(), PROBLEM).getMessage();
    }

    /** The text of a date option is not a date; picocli turns it into a usage error that {@link #message} reads. */
    static final class NotADate extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        NotADate() {
            super(PROBLEM);
        }
    }
}
