package dev.legalbilling.utbms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UtbmsCodeSetTest {
    @Test
    void knowsTheOfficialListSizes() {
        assertThat(UtbmsCodeSet.activities()).hasSize(11);
        assertThat(UtbmsCodeSet.expenses()).hasSize(24);
        assertThat(UtbmsCodeSet.LITIGATION.codes().stream().filter(c -> c.kind() == UtbmsCode.Kind.TASK))
                .hasSize(29);
        assertThat(UtbmsCodeSet.BANKRUPTCY.codes().stream().filter(c -> c.kind() == UtbmsCode.Kind.TASK))
                .hasSize(21);
    }

    @Test
    void validatesTasksPerCodeSet() {
        assertThat(UtbmsCodeSet.LITIGATION.isValidTask("L110")).isTrue();
        assertThat(UtbmsCodeSet.LITIGATION.isValidTask("B110")).isFalse();
        assertThat(UtbmsCodeSet.LITIGATION.isValidTask("L100")).as("phase with tasks").isFalse();
        assertThat(UtbmsCodeSet.COUNSELING.isValidTask("C300")).as("task-less phase").isTrue();
        assertThat(UtbmsCodeSet.PROJECT.isValidTask("P210")).isTrue();
        assertThat(UtbmsCodeSet.PROJECT.isValidTask("P200")).isFalse();
        assertThat(UtbmsCodeSet.ofTask("B195")).contains(UtbmsCodeSet.BANKRUPTCY);
    }

    @Test
    void namesCodesOfficially() {
        assertThat(UtbmsCodeSet.activity("A105").orElseThrow().name()).isEqualTo("Communicate (in firm)");
        assertThat(UtbmsCodeSet.expense("E110").orElseThrow().name()).isEqualTo("Out-of-town travel");
        assertThat(UtbmsCodeSet.LITIGATION.task("L330").orElseThrow().phase()).isEqualTo("L300");
    }
}
