/**
 * Matter files and work files: what the {@code billing invoice} command reads to draft an invoice.
 *
 * <ul>
 *   <li>{@link dev.legalbilling.json.matter.MatterFile}: client, matter, firm, timekeepers and fee arrangement, in
 *       JSON or YAML;
 *   <li>{@link dev.legalbilling.json.matter.WorkFile}: time entries, expenses and recoveries of one matter, in JSON,
 *       YAML or CSV;
 *   <li>{@link dev.legalbilling.json.matter.MatterJsonModule}: the Jackson module for fee arrangements, rate cards,
 *       tiered schedules and percentages, usable on its own.
 * </ul>
 *
 * <p>Every amount in these files is a decimal in the matter's currency; nothing passes through binary floating
 * point. Problems are reported as {@link dev.legalbilling.json.JsonInputException}s naming the file, the key path
 * (or CSV column) and the line. The formats are documented, with a full example of each, in
 * {@code docs/invoice-files.md}. billing-core types carry no Jackson annotations: the files map to records in
 * {@code dev.legalbilling.json.matter.internal} and are converted.
 */
package dev.legalbilling.json.matter;
