/**
 * {@code billing rules}: compile and security-check rule files ({@code compile}), run rule test cases
 * ({@code test}), and print the catalogue of the bundled packs ({@code list}); and the selection of rule packs and
 * rule files that {@code billing check} shares ({@link dev.legalbilling.cli.rules.RuleSelection}).
 */
package dev.legalbilling.cli.rules;
