package fr.victimportal.claim.internal;

import static fr.victimportal.Records.with;

import fr.victimportal.RuleTable;
import fr.victimportal.claim.model.AccidentDetails;
import fr.victimportal.claim.model.DriverResponsibility;
import fr.victimportal.claim.model.ProcedureDates;
import fr.victimportal.claim.model.SituationDetails;
import fr.victimportal.claim.model.VehicleDetails;
import fr.victimportal.claim.model.VictimRole;
import fr.victimportal.claim.model.YesNoUnknown;
import fr.victimportal.shared.SingleLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The checks on each declaration step alone, without Spring: every row is a valid step changed in one field, and a
 * refusal names the field and the message key the wizard shows beside it.
 */
class DeclarationRulesTest extends RuleTable {

    /** Monday 23 November 2026, 10:00, the suite's usual "now". */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final LocalDate ACCIDENT_DAY = LocalDate.of(2026, 10, 5);

    private static final AccidentDetails ACCIDENT = new AccidentDetails(
            ACCIDENT_DAY,
            LocalTime.of(8, 30),
            false,
            "Lyon",
            "69",
            null,
            "Choc arrière au feu rouge,\ncours Gambetta.",
            VictimRole.PASSENGER,
            "PV 2026/1234");
    private static final AccidentDetails ABROAD =
            new AccidentDetails(ACCIDENT_DAY, null, true, null, null, "Espagne", null, VictimRole.PEDESTRIAN, null);
    private static final AccidentDetails AS_DRIVER = with(ACCIDENT, "victimRole", VictimRole.DRIVER);
    private static final SituationDetails SITUATION =
            new SituationDetails(LocalDate.of(1990, 3, 14), false, null, null, null, null, false);
    private static final SituationDetails DRIVER = new SituationDetails(
            LocalDate.of(1990, 3, 14),
            false,
            DriverResponsibility.PARTLY,
            YesNoUnknown.YES,
            new BigDecimal("500000"),
            10,
            false);
    private static final VehicleDetails CAR =
            new VehicleDetails("Peugeot 208 grise", "AB-123-CD", "Assurances du Sud", "POL-778812", true);
    private static final ProcedureDates DATES = new ProcedureDates(
            LocalDate.of(2026, 10, 6),
            LocalDate.of(2026, 10, 20),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 10));

    static Stream<Arguments> accepted() {
        return Stream.of(
                row("a complete accident", () -> DeclarationRules.check(ACCIDENT, NOW)),
                row(
                        "earlier today",
                        () -> DeclarationRules.check(
                                with(with(ACCIDENT, "date", TODAY), "time", LocalTime.of(9, 59)), NOW)),
                row("no time given", () -> DeclarationRules.check(with(ACCIDENT, "time", null), NOW)),
                row(
                        "thirty years ago to the day",
                        () -> DeclarationRules.check(with(ACCIDENT, "date", TODAY.minusYears(30)), NOW)),
                row("abroad, without commune or department", () -> DeclarationRules.check(ABROAD, NOW)),
                row("Corsica", () -> DeclarationRules.check(with(ACCIDENT, "department", "2A"), NOW)),
                row("Corsica in lower case", () -> DeclarationRules.check(with(ACCIDENT, "department", " 2b "), NOW)),
                row("overseas", () -> DeclarationRules.check(with(ACCIDENT, "department", "971"), NOW)),
                row("a passenger's situation", () -> DeclarationRules.check(SITUATION, ACCIDENT, TODAY)),
                row(
                        "born on the accident day",
                        () -> DeclarationRules.check(with(SITUATION, "birthDate", ACCIDENT_DAY), ACCIDENT, TODAY)),
                row("a driver's situation", () -> DeclarationRules.check(DRIVER, AS_DRIVER, TODAY)),
                row(
                        "threshold 0 and 100 %",
                        () -> {
                            DeclarationRules.check(with(DRIVER, "guaranteeThresholdPct", 0), AS_DRIVER, TODAY);
                            DeclarationRules.check(with(DRIVER, "guaranteeThresholdPct", 100), AS_DRIVER, TODAY);
                        }),
                row("one vehicle", () -> DeclarationRules.check(List.of(CAR))),
                row("ten vehicles", () -> DeclarationRules.check(Collections.nCopies(10, CAR))),
                row(
                        "a vehicle known by its plate only",
                        () -> DeclarationRules.check(
                                List.of(new VehicleDetails(null, "AB-123-CD", null, null, false)))),
                row("all procedure dates", () -> DeclarationRules.check(DATES, ACCIDENT_DAY, TODAY)),
                row(
                        "no procedure date yet",
                        () -> DeclarationRules.check(new ProcedureDates(null, null, null, null), ACCIDENT_DAY, TODAY)),
                row(
                        "insurer told on the consolidation day",
                        () -> DeclarationRules.check(
                                with(DATES, "insurerKnewConsolidation", DATES.consolidation()), ACCIDENT_DAY, TODAY)),
                row(
                        "a fact dated today",
                        () -> DeclarationRules.checkFact("reportReceived", TODAY, ACCIDENT_DAY, TODAY)),
                row("a fact not dated", () -> DeclarationRules.checkFact("reportReceived", null, ACCIDENT_DAY, TODAY)));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                row(
                        "no date",
                        () -> DeclarationRules.check(with(ACCIDENT, "date", null), NOW),
                        "date",
                        "claim.error.required"),
                row(
                        "tomorrow",
                        () -> DeclarationRules.check(with(ACCIDENT, "date", TODAY.plusDays(1)), NOW),
                        "date",
                        "claim.error.futureDate"),
                row(
                        "later today",
                        () -> DeclarationRules.check(
                                with(with(ACCIDENT, "date", TODAY), "time", LocalTime.of(10, 1)), NOW),
                        "time",
                        "claim.error.futureTime"),
                row(
                        "more than thirty years ago",
                        () -> DeclarationRules.check(
                                with(ACCIDENT, "date", TODAY.minusYears(30).minusDays(1)), NOW),
                        "date",
                        "claim.error.tooOld"),
                row(
                        "no role",
                        () -> DeclarationRules.check(with(ACCIDENT, "victimRole", null), NOW),
                        "victimRole",
                        "claim.error.required"),
                row(
                        "abroad without a country",
                        () -> DeclarationRules.check(with(ABROAD, "country", " "), NOW),
                        "country",
                        "claim.error.required"),
                row(
                        "no commune",
                        () -> DeclarationRules.check(with(ACCIDENT, "commune", ""), NOW),
                        "commune",
                        "claim.error.required"),
                row(
                        "no department",
                        () -> DeclarationRules.check(with(ACCIDENT, "department", null), NOW),
                        "department",
                        "claim.error.required"),
                row(
                        "department 96",
                        () -> DeclarationRules.check(with(ACCIDENT, "department", "96"), NOW),
                        "department",
                        "claim.error.department"),
                row(
                        "department 20",
                        () -> DeclarationRules.check(with(ACCIDENT, "department", "20"), NOW),
                        "department",
                        "claim.error.department"),
                row(
                        "description too long",
                        () -> DeclarationRules.check(with(ACCIDENT, "description", "a".repeat(4001)), NOW),
                        "description",
                        "claim.error.tooLong"),
                row(
                        "police report too long",
                        () -> DeclarationRules.check(with(ACCIDENT, "policeReport", "a".repeat(81)), NOW),
                        "policeReport",
                        "claim.error.tooLong"),
                row(
                        "commune too long",
                        () -> DeclarationRules.check(with(ACCIDENT, "commune", "a".repeat(121)), NOW),
                        "commune",
                        "claim.error.tooLong"),
                row(
                        "country too long",
                        () -> DeclarationRules.check(with(ABROAD, "country", "a".repeat(81)), NOW),
                        "country",
                        "claim.error.tooLong"),
                row(
                        "line break in the commune",
                        () -> DeclarationRules.check(with(ACCIDENT, "commune", "Ly\non"), NOW),
                        "commune",
                        SingleLine.MESSAGE_KEY),
                row(
                        "line break in the police report",
                        () -> DeclarationRules.check(with(ACCIDENT, "policeReport", "PV\r1234"), NOW),
                        "policeReport",
                        SingleLine.MESSAGE_KEY),
                row(
                        "NUL in the description",
                        () -> DeclarationRules.check(with(ACCIDENT, "description", "Choc\u0000"), NOW),
                        "description",
                        SingleLine.MULTI_LINE_MESSAGE_KEY),
                row(
                        "no birth date",
                        () -> DeclarationRules.check(with(SITUATION, "birthDate", null), ACCIDENT, TODAY),
                        "birthDate",
                        "claim.error.required"),
                row(
                        "born tomorrow",
                        () -> DeclarationRules.check(
                                with(SITUATION, "birthDate", TODAY.plusDays(1)), with(ACCIDENT, "date", null), TODAY),
                        "birthDate",
                        "claim.error.futureDate"),
                row(
                        "born after the accident",
                        () -> DeclarationRules.check(
                                with(SITUATION, "birthDate", ACCIDENT_DAY.plusDays(1)), ACCIDENT, TODAY),
                        "birthDate",
                        "claim.error.birthAfterAccident"),
                row(
                        "a driver without a share of fault",
                        () -> DeclarationRules.check(with(DRIVER, "driverResponsibility", null), AS_DRIVER, TODAY),
                        "driverResponsibility",
                        "claim.error.required"),
                row(
                        "a driver without guarantee answer",
                        () -> DeclarationRules.check(with(DRIVER, "driverGuarantee", null), AS_DRIVER, TODAY),
                        "driverGuarantee",
                        "claim.error.required"),
                row(
                        "a negative cap",
                        () -> DeclarationRules.check(
                                with(DRIVER, "guaranteeCap", new BigDecimal("-0.01")), AS_DRIVER, TODAY),
                        "guaranteeCap",
                        "claim.error.negative"),
                row(
                        "threshold below 0 %",
                        () -> DeclarationRules.check(with(DRIVER, "guaranteeThresholdPct", -1), AS_DRIVER, TODAY),
                        "guaranteeThresholdPct",
                        "claim.error.percent"),
                row(
                        "threshold above 100 %",
                        () -> DeclarationRules.check(with(DRIVER, "guaranteeThresholdPct", 101), AS_DRIVER, TODAY),
                        "guaranteeThresholdPct",
                        "claim.error.percent"),
                row(
                        "no vehicle list",
                        () -> DeclarationRules.check((List<VehicleDetails>) null),
                        "vehicles",
                        "claim.error.noVehicle"),
                row("no vehicle", () -> DeclarationRules.check(List.of()), "vehicles", "claim.error.noVehicle"),
                row(
                        "eleven vehicles",
                        () -> DeclarationRules.check(Collections.nCopies(11, CAR)),
                        "vehicles",
                        "claim.error.tooManyVehicles"),
                row(
                        "a vehicle with neither description nor plate",
                        () -> DeclarationRules.check(
                                List.of(CAR, new VehicleDetails(" ", "", "Assurances du Sud", null, false))),
                        "vehicles",
                        "claim.error.vehicleUnnamed"),
                row(
                        "description too long",
                        () -> DeclarationRules.check(List.of(with(CAR, "description", "a".repeat(121)))),
                        "vehicles",
                        "claim.error.tooLong"),
                row(
                        "plate too long",
                        () -> DeclarationRules.check(List.of(with(CAR, "registration", "a".repeat(21)))),
                        "vehicles",
                        "claim.error.tooLong"),
                row(
                        "insurer too long",
                        () -> DeclarationRules.check(List.of(with(CAR, "insurer", "a".repeat(121)))),
                        "vehicles",
                        "claim.error.tooLong"),
                row(
                        "policy number too long",
                        () -> DeclarationRules.check(List.of(with(CAR, "policyNumber", "a".repeat(61)))),
                        "vehicles",
                        "claim.error.tooLong"),
                row(
                        "line break in the insurer",
                        () -> DeclarationRules.check(List.of(with(CAR, "insurer", "Assurances\ndu Sud"))),
                        "vehicles",
                        SingleLine.MESSAGE_KEY),
                row(
                        "insurer told tomorrow",
                        () -> DeclarationRules.check(
                                with(DATES, "declaredToInsurer", TODAY.plusDays(1)), ACCIDENT_DAY, TODAY),
                        "declaredToInsurer",
                        "claim.error.futureDate"),
                row(
                        "questionnaire before the accident",
                        () -> DeclarationRules.check(
                                with(DATES, "questionnairePresented", ACCIDENT_DAY.minusDays(1)), ACCIDENT_DAY, TODAY),
                        "questionnairePresented",
                        "claim.error.beforeAccident"),
                row(
                        "consolidation tomorrow",
                        () -> DeclarationRules.check(
                                with(DATES, "consolidation", TODAY.plusDays(1)), ACCIDENT_DAY, TODAY),
                        "consolidation",
                        "claim.error.futureDate"),
                row(
                        "insurer told of no consolidation",
                        () -> DeclarationRules.check(with(DATES, "consolidation", null), ACCIDENT_DAY, TODAY),
                        "consolidation",
                        "claim.error.consolidationMissing"),
                row(
                        "insurer told before consolidation",
                        () -> DeclarationRules.check(
                                with(
                                        DATES,
                                        "insurerKnewConsolidation",
                                        DATES.consolidation().minusDays(1)),
                                ACCIDENT_DAY,
                                TODAY),
                        "insurerKnewConsolidation",
                        "claim.error.beforeConsolidation"),
                row(
                        "a fact before the accident",
                        () -> DeclarationRules.checkFact(
                                "reportReceived", ACCIDENT_DAY.minusDays(1), ACCIDENT_DAY, TODAY),
                        "reportReceived",
                        "claim.error.beforeAccident"),
                row(
                        "a fact tomorrow",
                        () -> DeclarationRules.checkFact("reportReceived", TODAY.plusDays(1), null, TODAY),
                        "reportReceived",
                        "claim.error.futureDate"));
    }

    @Test
    void theRefusalsCarryTheirLimit() {
        assertRefused(
                () -> DeclarationRules.check(Collections.nCopies(11, CAR)),
                "vehicles",
                "claim.error.tooManyVehicles",
                DeclarationRules.MAX_VEHICLES);
        assertRefused(
                () -> DeclarationRules.check(with(ACCIDENT, "policeReport", "a".repeat(81)), NOW),
                "policeReport",
                "claim.error.tooLong",
                80);
    }
}
