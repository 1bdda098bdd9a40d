package org.perfeval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfeval.model.Division;
import org.perfeval.model.Evaluation;
import org.perfeval.model.EvaluationKind;

class RuleCatalogueTest {
    private static final Optional<Division> JINSHUI = Optional.of(Division.of("410105", "郑州市金水区"));
    private static final Optional<Division> CHENGDU_JINJIANG = Optional.of(Division.of("510104", "成都市锦江区"));
    private static final Optional<Division> ZIGONG = Optional.of(Division.of("510300", "自贡市"));
    private static final Optional<Division> DONGGUAN = Optional.of(Division.of("441900", "东莞市"));

    private static RuleSet pack(String id, String jurisdiction, EvaluationKind kind, String from, String until) {
        RuleSet.Builder b = RuleSet.builder().id(id).version("1").jurisdiction(jurisdiction)
            .effectiveFrom(LocalDate.parse(from)).addCategories(Category.of("产出指标", new BigDecimal("100")));
        if (kind != null) {
            b.kind(kind);
        }
        if (until != null) {
            b.effectiveUntil(LocalDate.parse(until));
        }
        return b.build();
    }

    private static final RuleSet NATIONAL_PROJECT = pack("national-project", "CN", EvaluationKind.PROJECT, "2020-02-25", null);
    private static final RuleSet NATIONAL_DEPARTMENT = pack("national-department", "CN", EvaluationKind.DEPARTMENT_OVERALL, "2013-01-01", null);
    private static final RuleSet SICHUAN_OLD = pack("sichuan-2019", "510000", EvaluationKind.DEPARTMENT_OVERALL, "2019-01-01", "2021-06-30");
    private static final RuleSet SICHUAN_NEW = pack("sichuan-2021", "510000", EvaluationKind.DEPARTMENT_OVERALL, "2021-07-01", null);
    private static final RuleSet CHENGDU = pack("chengdu-2022", "510100", EvaluationKind.DEPARTMENT_OVERALL, "2022-01-01", null);
    private static final RuleSet CATALOGUE_ORDER_CHECK = pack("zhengzhou-any", "410100", null, "2020-01-01", null);

    private static final RuleCatalogue CATALOGUE = RuleCatalogue.of(List.of(NATIONAL_PROJECT, NATIONAL_DEPARTMENT,
        SICHUAN_OLD, SICHUAN_NEW, CHENGDU));

    private static RuleSet picked(RuleCatalogue.Choice choice) {
        return choice.ruleSet().orElseThrow(() -> new AssertionError("no pack: " + choice.reason()));
    }

    @Test
    void picksByKind() {
        assertEquals(NATIONAL_PROJECT, picked(CATALOGUE.choose(EvaluationKind.PROJECT, JINSHUI, 2022)));
        assertEquals(NATIONAL_DEPARTMENT, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, JINSHUI, 2022)));
    }

    @Test
    void aPlaceWithoutAPackOfItsOwnFallsBackCountyThenCityThenProvinceThenNational() {
        RuleCatalogue.Choice city = CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, CHENGDU_JINJIANG, 2022);
        assertEquals(CHENGDU, picked(city));
        assertEquals(Optional.of("510100"), city.jurisdiction());
        assertFalse(city.isOwnPlace());
        assertTrue(city.reason().contains("510104 have no pack of their own"), city.reason());
        assertTrue(city.reasonZh().contains("510104 没有自己的规则包"), city.reasonZh());

        RuleCatalogue.Choice province = CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, ZIGONG, 2022);
        assertEquals(SICHUAN_NEW, picked(province));
        assertEquals(Optional.of("510000"), province.jurisdiction());
        assertTrue(province.reason().contains("510300 have no pack"), province.reason());

        RuleCatalogue.Choice national = CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, DONGGUAN, 2022);
        assertEquals(NATIONAL_DEPARTMENT, picked(national));
        assertEquals(Optional.of(RuleCatalogue.NATIONAL), national.jurisdiction());
        assertTrue(national.reason().contains("441900, 440000 have no pack"), national.reason());
    }

    @Test
    void theCityBeforeItsPackTookEffectGetsTheProvince() {
        assertEquals(SICHUAN_NEW, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, CHENGDU_JINJIANG, 2021)));
    }

    @Test
    void anEvaluationWithoutAPlaceGetsTheNationalPack() {
        Evaluation evaluation = Evaluation.builder().unit("某单位").year(2023).kind(EvaluationKind.DEPARTMENT_OVERALL).build();
        RuleCatalogue.Choice choice = CATALOGUE.choose(evaluation);
        assertEquals(NATIONAL_DEPARTMENT, picked(choice));
        assertTrue(choice.reason().contains("names no place"), choice.reason());
    }

    @Test
    void theEvaluationsOwnKindPlaceAndYearAreUsed() {
        Evaluation sichuan2020 = Evaluation.builder().unit("某单位").year(2020).kind(EvaluationKind.DEPARTMENT_OVERALL)
            .division(ZIGONG).build();
        assertEquals(SICHUAN_OLD, picked(CATALOGUE.choose(sichuan2020)));
    }

    @Test
    void effectiveDatesAreInclusiveOnBothBoundaries() {
        assertEquals(SICHUAN_OLD, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, ZIGONG, LocalDate.of(2021, 6, 30))));
        assertEquals(SICHUAN_NEW, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, ZIGONG, LocalDate.of(2021, 7, 1))));
        assertEquals(SICHUAN_OLD, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, ZIGONG, LocalDate.of(2019, 1, 1))));
        // The day before the province's first pack: national rules.
        assertEquals(NATIONAL_DEPARTMENT, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, ZIGONG, LocalDate.of(2018, 12, 31))));
        assertEquals(NATIONAL_PROJECT, picked(CATALOGUE.choose(EvaluationKind.PROJECT, ZIGONG, LocalDate.of(2020, 2, 25))));
        assertTrue(CATALOGUE.choose(EvaluationKind.PROJECT, ZIGONG, LocalDate.of(2020, 2, 24)).ruleSet().isEmpty());
    }

    @Test
    void aYearTwoPacksShareGetsTheOneInEffectAtItsEnd() {
        RuleCatalogue.Choice choice = CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, ZIGONG, 2021);
        assertEquals(SICHUAN_NEW, picked(choice));
        assertTrue(choice.reason().startsWith("sichuan-2021 version 1: the rules of 510000 for DEPARTMENT_OVERALL in effect in 2021"),
            choice.reason());
    }

    @Test
    void noPackIsAResultThatSaysWhereTheCatalogueLooked() {
        RuleCatalogue.Choice choice = CATALOGUE.choose(EvaluationKind.PROJECT, JINSHUI, 2019);
        assertEquals(Optional.empty(), choice.ruleSet());
        assertEquals(Optional.empty(), choice.jurisdiction());
        assertEquals("no rule pack for PROJECT at 410105, 410100, 410000, CN is in effect in 2019 (the evaluation is from"
            + " 410105 郑州市金水区)", choice.reason());
        assertTrue(choice.reasonZh().startsWith("没有适用于项目支出绩效自评、2019年有效的规则包"), choice.reasonZh());
    }

    @Test
    void anApplicationsOwnPackForThePlaceWins() {
        RuleSet county = pack("jinshui-own", "410105", EvaluationKind.DEPARTMENT_OVERALL, "2021-01-01", null);
        RuleCatalogue.Choice choice = CATALOGUE.with(county).choose(EvaluationKind.DEPARTMENT_OVERALL, JINSHUI, 2021);
        assertEquals(county, picked(choice));
        assertTrue(choice.isOwnPlace());
        // The catalogue it was added to is unchanged.
        assertEquals(NATIONAL_DEPARTMENT, picked(CATALOGUE.choose(EvaluationKind.DEPARTMENT_OVERALL, JINSHUI, 2021)));
    }

    @Test
    void aPackAddedLaterForTheSamePlaceKindAndStartReplacesTheShippedOne() {
        RuleSet replacement = pack("national-project-local-copy", "CN", EvaluationKind.PROJECT, "2020-02-25", null);
        assertEquals(replacement, picked(CATALOGUE.with(replacement).choose(EvaluationKind.PROJECT, JINSHUI, 2022)));
    }

    @Test
    void aPackForItsKindBeatsAPackForAnyKindAtThePlace() {
        RuleSet zhengzhou = pack("zhengzhou-department", "410100", EvaluationKind.DEPARTMENT_OVERALL, "2019-01-01", null);
        RuleCatalogue catalogue = CATALOGUE.with(zhengzhou).with(CATALOGUE_ORDER_CHECK);
        assertEquals(zhengzhou, picked(catalogue.choose(EvaluationKind.DEPARTMENT_OVERALL, JINSHUI, 2022)));
        assertEquals(CATALOGUE_ORDER_CHECK, picked(catalogue.choose(EvaluationKind.PROJECT, JINSHUI, 2022)));
    }

    @Test
    void refusesAPackItCannotPlaceOrOneItAlreadyHolds() {
        IllegalArgumentException free = assertThrows(IllegalArgumentException.class,
            () -> CATALOGUE.with(pack("free-text", "郑州市金水区", null, "2021-01-01", null)));
        assertEquals("rule pack free-text 1 has the jurisdiction \"郑州市金水区\"; a catalogue's pack names a six-digit"
            + " GB/T 2260 division code such as 510000, or CN for national rules", free.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> CATALOGUE.with(CHENGDU));
        assertTrue(twice.getMessage().contains("already holds rule pack chengdu-2022 version 1"), twice.getMessage());
    }

    @Test
    void divisionCodesGiveTheirCityAndProvince() {
        assertEquals(List.of("410105", "410100", "410000"), JINSHUI.orElseThrow().codesUpward());
        assertEquals(List.of("441900", "440000"), DONGGUAN.orElseThrow().codesUpward());
        assertEquals(List.of("510000"), Division.of("510000", "四川省").codesUpward());
        assertTrue(DONGGUAN.orElseThrow().isCity());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Division.of("41010", "金水区"));
        assertEquals("division code must be six digits (GB/T 2260) with a province other than 00 but was \"41010\"", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Division.of("000000", "全国"));
        assertThrows(IllegalArgumentException.class, () -> Division.of("41010５", "金水区"));
        assertThrows(IllegalArgumentException.class, () -> Division.of("410105", " "));
    }
}
