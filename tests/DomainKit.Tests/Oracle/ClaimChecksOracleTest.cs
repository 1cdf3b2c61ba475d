using DomainKit.Assistance;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// Temporary-assistance requests and expenditure-hardship claims are checked by hand; the FluentValidation validators
/// they replaced are the oracles. On any request or claim (undefined names, amounts at and past every bound, dates
/// outside the range or in another calendar) both give the same errors, paths, codes, messages and order.
/// </summary>
public sealed class ClaimChecksOracleTest
{
    private static Gen<T> AnyEnum<T>()
        where T : struct, Enum => Gen.Frequency(
            (6, Gen.Elements(Enum.GetValues<T>())),
            (1, Gen.Choose(-1, 30).Select(value => (T)Enum.ToObject(typeof(T), value))));

    private static Gen<Money> AnyAmount { get; } = Gen.Frequency(
        (6, Gen.Choose(1, 2_000_000).Select(fen => Money.FromFen(fen))),
        (1, Gen.Elements(0L, -1L, Household.MaxAmountYuan * 100, Household.MaxAmountYuan * 100 + 1, long.MinValue / 8).Select(Money.FromFen)));

    private static Gen<LocalDate?> AnyDate { get; } = Gen.Frequency(
        (2, Gen.Constant<LocalDate?>(null)),
        (4, Gen.Choose(-60_000, 60_000).Select(days => (LocalDate?)new LocalDate(1990, 1, 1).PlusDays(days))),
        (1, Gen.Elements<LocalDate?>(new LocalDate(1880, 1, 1), new LocalDate(1879, 12, 31), new LocalDate(2200, 12, 31), new LocalDate(2201, 1, 1), new LocalDate(2020, 1, 1).WithCalendar(CalendarSystem.Julian))));

    private static Gen<TemporaryAssistanceRequest> AnyRequest { get; } =
        from type in AnyEnum<HardshipType>()
        from need in AnyEnum<TemporaryNeed>()
        from severity in AnyEnum<HardshipSeverity>()
        from residence in AnyEnum<Residence>()
        from cost in AnyAmount
        from months in Gen.Frequency((6, Gen.Choose(1, 12)), (1, Gen.Elements(0, 120, 121, -5)))
        select new TemporaryAssistanceRequest { Type = type, Need = need, Severity = severity, Residence = residence, SuddenCost = cost, ExpectedMonths = months };

    private static Gen<ExpenditureClaim> AnyClaim { get; } =
        from medical in AnyAmount
        from education in AnyAmount
        from living in AnyAmount
        from rehabilitation in AnyAmount
        from recognised in AnyDate
        select new ExpenditureClaim { MedicalSpending = medical, EducationSpending = education, BasicLivingSpending = living, RehabilitationSpending = rehabilitation, RecognisedOn = recognised };

    [Fact]
    public void Hand_written_checks_give_the_oracle_validators_errors_on_any_temporary_request()
    {
        var oracle = FluentTemporaryRequestValidator.Instance;
        var invalid = ValidationOracle.Compare(AnyRequest.Sample(3_000, 30), request => Errors.FromFluent(oracle.Validate(request), "request"), TemporaryAssistance.Validate);
        Assert.InRange(invalid, 300, 2_700);
    }

    [Fact]
    public void Hand_written_checks_give_the_oracle_validators_errors_on_any_expenditure_claim()
    {
        var oracle = FluentExpenditureClaimValidator.Instance;
        var invalid = ValidationOracle.Compare(AnyClaim.Sample(3_000, 30), claim => Errors.FromFluent(oracle.Validate(claim), "claim"), ExpenditureHardship.Validate);
        Assert.InRange(invalid, 300, 2_700);
    }
}
