/**
 * JSON and YAML for billing values through Jackson: {@link dev.legalbilling.json.BillingJsonModule} (the module),
 * {@link dev.legalbilling.json.BillingJson} (configured mappers and reading with located errors) and
 * {@link dev.legalbilling.json.JsonInputException}. Domain types in billing-core carry no Jackson annotations.
 */
package dev.legalbilling.json;
