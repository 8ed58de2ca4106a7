package dev.legalbilling.fee;

import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.work.Expense;
import dev.legalbilling.work.Receipt;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Named fixtures shared by the rate, fee and invoice tests. */
public final class BillingFixtures {
    /** The matters' currency. */
    public static final Currency USD = Currency.getInstance("USD");
    /** First day of the March 2026 billing period. */
    public static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    /** Last day of the March 2026 billing period. */
    public static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    /** A partner with a USD 600 standard rate. */
    public static final Timekeeper PARTNER_ALICE = Timekeeper.of("TK-ALICE", "Archer", "Alice",
            TimekeeperClassification.PARTNR, perHour("600"));
    /** An associate with a USD 350 standard rate. */
    public static final Timekeeper ASSOCIATE_BOB = Timekeeper.of("TK-BOB", "Baker", "Bob",
            TimekeeperClassification.ASSOC, perHour("350"));
    /** A paralegal without a standard rate. */
    public static final Timekeeper PARALEGAL_CARA = Timekeeper.of("TK-CARA", "Cole", "Cara",
            TimekeeperClassification.PARALG, null);
    /** The firm's timekeepers. */
    public static final List<Timekeeper> TEAM = List.of(PARTNER_ALICE, ASSOCIATE_BOB, PARALEGAL_CARA);

    /** The client. */
    public static final Client ACME = new Client(ClientId.of("ACME"), "Acme Widgets Inc.");
    /** The matter number used by every fixture matter. */
    public static final MatterId ACME_MATTER_ID = MatterId.of("M-100");

    private BillingFixtures() {
    }

    /** @return a USD amount */
    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    /** @return a USD hourly rate or unit price */
    public static UnitPrice perHour(String amount) {
        return UnitPrice.of(amount, "USD");
    }

    /** @return a day of March 2026 */
    public static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /** @return the Acme litigation matter in USD under the arrangement */
    public static Matter acmeMatter(FeeArrangement arrangement) {
        return Matter.builder(ACME_MATTER_ID, ACME).name("Acme v. Widgetco").arrangement(arrangement)
                .clientMatterId("ACME-LIT-7").build();
    }

    /** @return a billable litigation entry (L120/A104) on the Acme matter */
    public static TimeEntry.Builder entry(Timekeeper who, LocalDate date, String hours) {
        return TimeEntry.builder(ACME_MATTER_ID, who.id(), date, hours)
                .narrative("Privileged: reviewed settlement strategy").codes("L120", "A104");
    }

    /** @return a copying expense on the Acme matter */
    public static Expense copies(LocalDate date, String pages, String perPage) {
        return new Expense(ACME_MATTER_ID, date, "E101", new BigDecimal(pages), perHour(perPage),
                "Copies of exhibits", Receipt.ATTACHED, null, null);
    }

    /** @return the March work for a matter, with the whole team in the directory */
    public static UnbilledWork.Builder marchWork(Matter matter) {
        return matter.unbilledWork(MARCH_1, MARCH_31).timekeepers(TEAM);
    }
}
