package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.legalbilling.fee.FeeArrangement;
import dev.legalbilling.ledes.LedesInvoiceHeader.Party;
import dev.legalbilling.party.Timekeeper;
import java.util.List;

/**
 * The file shape of a whole matter file: the keys at its top level, in the order they are written. Not API.
 *
 * @param client the client section
 * @param matter the matter section
 * @param lawFirmId the firm's id (LEDES LAW_FIRM_ID, its tax id in the US)
 * @param lawFirm the firm's name and address, or null
 * @param timekeepers everyone who records time on the matter
 * @param arrangement the fee arrangement
 * @param paymentTermsDays calendar days from the invoice date to the due date, or null for the standard 30
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterFileJson(ClientJson.Section client, MatterJson.Section matter, String lawFirmId, Party lawFirm,
        List<Timekeeper> timekeepers, FeeArrangement arrangement, Integer paymentTermsDays) {
}
