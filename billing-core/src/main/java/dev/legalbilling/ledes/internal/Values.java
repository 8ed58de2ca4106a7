package dev.legalbilling.ledes.internal;

import dev.legalbilling.ledes.LedesDialect;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Parsing and formatting of LEDES numbers and dates. Not part of the API. */
public final class Values {
    /** The longest text parsed as a number. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private Values() {
    }

    /**
     * Parses a LEDES number: an optional leading {@code -}, digits, and at most one {@code .} (so {@code 1250.},
     * {@code .5} and {@code 0.200} are numbers; {@code +1}, {@code 1,250}, {@code $5}, {@code 1e3} and
     * {@code " 5"} are not).
     *
     * @param text the field's text
     * @return the exact value with the scale as written, or null when the text is not such a number or longer than
     *     {@value #MAX_NUMBER_LENGTH} characters (no LEDES format comes near; this keeps parsing cheap)
     */
    public static BigDecimal number(String text) {
        int n = text.length();
        if (n > MAX_NUMBER_LENGTH) {
            return null;
        }
        boolean negative = n > 0 && text.charAt(0) == '-';
        int digits = 0;
        int dot = -1;
        long unscaled = 0;
        for (int j = negative ? 1 : 0; j < n; j++) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && dot < 0) {
                dot = j;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        int scale = dot < 0 ? 0 : n - 1 - dot;
        if (digits <= 18) {
            return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
        }
        String plain = text.endsWith(".") ? text.substring(0, n - 1) : text;
        return new BigDecimal(plain.startsWith("-.") ? "-0" + plain.substring(1) : plain.startsWith(".") ? "0" + plain
                : plain);
    }

    /**
     * @param number a text {@link #number(String)} accepts
     * @return its decimals, trailing zeros not counted (as the scale of the value with its trailing zeros stripped,
     *     or 0 when that is negative), found without making a value
     */
    public static int decimals(String number) {
        int dot = number.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int end = number.length();
        while (end > dot + 1 && number.charAt(end - 1) == '0') {
            end--;
        }
        return end - dot - 1;
    }

    /**
     * @param value a number
     * @param digits a format such as 10.4
     * @return true when the value has at most {@code precision - scale} integer digits and {@code scale} decimals,
     *     trailing zeros not counted
     */
    public static boolean fits(BigDecimal value, LedesDialect.Digits digits) {
        if (value.scale() >= 0 && value.scale() <= digits.scale()) {
            // no more decimals than allowed even before trailing zeros are dropped, and dropping them leaves the
            // integer digits as they are: no need to strip
            int integerDigits = value.signum() == 0 ? 0 : Math.max(value.precision() - value.scale(), 0);
            return integerDigits <= digits.precision() - digits.scale();
        }
        BigDecimal abs = value.abs().stripTrailingZeros();
        int decimals = Math.max(abs.scale(), 0);
        int integerDigits = Math.max(abs.precision() - abs.scale(), 0);
        if (abs.signum() == 0) {
            integerDigits = 0;
        }
        return decimals <= digits.scale() && integerDigits <= digits.precision() - digits.scale();
    }

    /**
     * @param text the field's text
     * @return the date written as exactly eight digits CCYYMMDD, or null when it is not a real date
     */
    public static LocalDate date(String text) {
        if (text.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        int year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
        int month = digit(text, 4) * 10 + digit(text, 5);
        int day = digit(text, 6) * 10 + digit(text, 7);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digit(String text, int at) {
        return text.charAt(at) - '0';
    }

    /**
     * @param date a date with a year between 0 and 9999
     * @return CCYYMMDD
     */
    public static String date(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A quick test that spares most values {@link String#strip()} and {@link String#isBlank()}.
     *
     * @param text a field's text
     * @return true when the text is not empty and starts and ends with a printable ASCII character, so that it is
     *     neither blank nor padded; false says nothing
     */
    public static boolean unpadded(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(n - 1);
        return first > ' ' && first < 0x7F && last > ' ' && last < 0x7F;
    }

    /**
     * @param text any text
     * @return its length in Unicode code points
     */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
