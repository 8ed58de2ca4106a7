package dev.legalbilling.connect.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The three systems' records in one neutral shape, before mapping to billing-core. Not API. */
public final class SourceRecords {
    private SourceRecords() {
    }

    /**
     * A user of the system who records time.
     *
     * @param id the system's id
     * @param firstName given name, possibly empty
     * @param lastName family name, possibly empty (then the id is used)
     * @param rate the user's default hourly rate, or null
     */
    public record User(String id, String firstName, String lastName, BigDecimal rate) {
    }

    /**
     * A matter (Clio, PracticePanther) or case (MyCase).
     *
     * @param id the system's id
     * @param number the firm's matter number (display number), or null to use the id
     * @param name the matter's title, or null
     * @param clientId the client's id (a LEDES client id when the system has one)
     * @param clientName the client's name, or null
     * @param billingMethod the system's billing method (hourly, flat, contingency, ...), or null when not exposed
     * @param practiceArea the system's practice area name, or null
     */
    public record Matter(String id, String number, String name, String clientId, String clientName,
            String billingMethod, String practiceArea) {
        /** @return the matter number, or the id when there is none */
        public String displayId() {
            return number == null || number.isBlank() ? id : number;
        }
    }

    /** Time or expense. */
    public enum Kind {
        /** A time entry. */
        TIME,
        /** An expense. */
        EXPENSE
    }

    /**
     * A time entry or expense.
     *
     * @param kind time or expense
     * @param id the system's id (or the CSV line)
     * @param matterId the matter's id or number
     * @param userId who recorded it, or null
     * @param date the work date, or null when missing
     * @param hours decimal hours (time), or null
     * @param rate hourly rate (time) or unit cost (expense), or null
     * @param quantity units (expense), or null for 1
     * @param total the system's total for an expense without unit cost, or null
     * @param narrative the privileged description
     * @param taskCode UTBMS task code, or null
     * @param activityCode UTBMS activity code, or null
     * @param expenseCode UTBMS expense code, or null
     * @param billable false for no-charge / non-billable work
     * @param billed true when already on a bill
     * @param currency ISO code when the system says, else null
     * @param problem why the record cannot be read (e.g. no hours), or null
     */
    public record Entry(Kind kind, String id, String matterId, String userId, LocalDate date, BigDecimal hours,
            BigDecimal rate, BigDecimal quantity, BigDecimal total, String narrative, String taskCode,
            String activityCode, String expenseCode, boolean billable, boolean billed, String currency,
            String problem) {
        /** @return {@code time entry} or {@code expense} */
        public String kindName() {
            return kind == Kind.TIME ? "time entry" : "expense";
        }

        /** @return no narrative */
        @Override
        public String toString() {
            return "Entry[" + kind + " " + id + ", matter " + matterId + ", " + date + "]";
        }
    }
}
