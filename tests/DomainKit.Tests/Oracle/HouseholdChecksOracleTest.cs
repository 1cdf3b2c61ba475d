using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// <see cref="Household.Create"/> checks a household by hand; the FluentValidation validator it replaced is the oracle.
/// On any input, valid or broken in any field (undefined names, dates outside the range or in another calendar, nulls,
/// too many members or incomes, negative and huge amounts, impossible relations), both give the same errors: the
/// same paths, codes, messages, message templates and arguments, in the same order.
/// </summary>
public sealed class HouseholdChecksOracleTest
{
    private static readonly FluentHouseholdValidator Oracle = new();

    private static readonly LocalDate[] EdgeDates =
    [
        new(1880, 1, 1), new(1879, 12, 31), new(2200, 12, 31), new(2201, 1, 1), new(1, 1, 1),
        new LocalDate(1990, 3, 1).WithCalendar(CalendarSystem.Julian),
        new LocalDate(2020, 6, 1).WithCalendar(CalendarSystem.Gregorian),
    ];

    private static Gen<LocalDate> AnyDate { get; } = Gen.Frequency(
        (6, Gen.Choose(-40_000, 40_000).Select(days => new LocalDate(1990, 1, 1).PlusDays(days))),
        (1, Gen.Elements(EdgeDates)));

    private static Gen<T> AnyEnum<T>()
        where T : struct, Enum => Gen.Frequency(
            (8, Gen.Elements(Enum.GetValues<T>())),
            (1, Gen.Choose(-2, 40).Select(value => (T)Enum.ToObject(typeof(T), value))));

    private static Gen<Money> AnyAmount { get; } = Gen.Frequency(
        (6, Gen.Choose(0, 5_000_000).Select(fen => Money.FromFen(fen))),
        (1, Gen.Choose(-5, -1).Select(fen => Money.FromFen(fen))),
        (1, Gen.Elements(Household.MaxAmountYuan * 100, Household.MaxAmountYuan * 100 + 1, long.MaxValue / 2).Select(Money.FromFen)));

    private static Gen<Income?> AnyIncome { get; } = Gen.Frequency(
        (12, from kind in AnyEnum<IncomeKind>() from amount in AnyAmount select (Income?)new Income(kind, amount)),
        (1, Gen.Constant<Income?>(null)));

    private static Gen<ImmutableArray<Income>> AnyIncomes { get; } = Gen.Frequency(
        (10, Gen.Choose(0, 4).SelectMany(count => Gen.ArrayOf(AnyIncome, count))),
        (1, Gen.Constant(101).SelectMany(count => Gen.ArrayOf(AnyIncome, count))))
        .Select(items => items.Select(item => item!).ToImmutableArray());

    private static Gen<HouseholdMember?> AnyMember { get; } = Gen.Frequency(
        (15, from relation in Gen.Frequency((3, Gen.Constant(Relation.Applicant)), (8, AnyEnum<Relation>()))
             from born in AnyDate
             from absence in AnyEnum<Absence>()
             from since in Gen.Frequency((2, Gen.Constant<LocalDate?>(null)), (1, AnyDate.Select(d => (LocalDate?)d)))
             from disability in Gen.Frequency(
                 (3, Gen.Constant<Disability?>(null)),
                 (1, from kind in AnyEnum<DisabilityKind>() from grade in Gen.Choose(-1, 6) select (Disability?)new Disability(kind, grade)))
             from stage in AnyEnum<SchoolStage>()
             from refusals in Gen.Frequency((8, Gen.Choose(0, 3)), (1, Gen.Elements(-1, 1000, 1001)))
             from incomes in Gen.Frequency((8, AnyIncomes), (1, Gen.Constant(default(ImmutableArray<Income>))))
             select (HouseholdMember?)new HouseholdMember
             {
                 Relation = relation,
                 BirthDate = born,
                 Absence = absence,
                 AbsentSince = since,
                 Disability = disability,
                 SchoolStage = stage,
                 RefusedJobReferrals = refusals,
                 Incomes = incomes,
             }),
        (1, Gen.Constant<HouseholdMember?>(null)));

    private static Gen<HouseholdAssets> AnyAssets { get; } =
        from financial in AnyAmount
        from business in AnyAmount
        from homes in Gen.Frequency((8, Gen.Choose(0, 3)), (1, Gen.Elements(-1, 1000, 1001)))
        select new HouseholdAssets { FinancialAssets = financial, BusinessEquity = business, HomesOwned = homes };

    private static Gen<DibaoHistory?> AnyHistory { get; } = Gen.Frequency(
        (2, Gen.Constant<DibaoHistory?>(null)),
        (1, from since in AnyDate
            from last in AnyAmount
            from rose in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (1, AnyDate.Select(d => (LocalDate?)d)))
            select (DibaoHistory?)new DibaoHistory { RecipientSince = since, LastMonthlyBenefit = last, WorkIncomeRoseOn = rose }));

    private static Gen<(ImmutableArray<HouseholdMember> Members, HouseholdAssets Assets, DibaoHistory? History)> AnyInput { get; } = Gen.Frequency(
        (4, from count in Gen.Frequency((20, Gen.Choose(0, 6)), (1, Gen.Choose(60, 70)))
            from members in Gen.ArrayOf(AnyMember, count)
            from assets in AnyAssets
            from history in AnyHistory
            select (members.Select(m => m!).ToImmutableArray(), assets, history)),
        // Coherent households, and the same with one member's relation changed (and sometimes born the applicant's day),
        // which breaks HH-01's order of births or its one spouse.
        (3, from household in Generators.DomainArbitraries.HouseholdGen
            from index in Gen.Choose(0, 63)
            from relation in Gen.Elements(Enum.GetValues<Relation>())
            from change in Gen.Elements(false, true)
            from sameBirth in Gen.Elements(false, true)
            let members = household.Members
            let target = members[index % members.Length]
            let applicantBorn = members.First(m => m.Relation == Relation.Applicant).BirthDate
            let changed = change ? members.SetItem(index % members.Length, target with { Relation = relation, BirthDate = sameBirth ? applicantBorn : target.BirthDate }) : members
            select (changed, household.Assets, household.DibaoHistory)));

    [Fact]
    public void Hand_written_checks_give_the_oracle_validators_errors_on_any_household()
    {
        var invalid = ValidationOracle.Compare(
            AnyInput.Sample(3_000, 30),
            input => Expected(input.Members, input.Assets, input.History),
            input => Household.Create(input.Members, input.Assets, input.History));

        // The generator must reach both sides, or the comparison says nothing.
        Assert.InRange(invalid, 600, 2_400);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Generators.DomainArbitraries)])]
    public void Hand_written_checks_and_the_oracle_both_accept_every_household_of_the_domain_generator(Household household)
    {
        Assert.Empty(Expected(household.Members, household.Assets, household.DibaoHistory));
        Assert.True(Household.Create(household.Members, household.Assets, household.DibaoHistory).IsSuccess);
    }

    private static List<ValidationError> Expected(ImmutableArray<HouseholdMember> members, HouseholdAssets assets, DibaoHistory? history)
    {
        // As Household.Create did before: default incomes mean none, and the candidate is validated as a whole.
        var normalised = members.Select(m => m is { Incomes.IsDefault: true } ? m with { Incomes = [] } : m).ToImmutableArray();
        return Errors.FromFluent(Oracle.Validate(new HouseholdCandidate(normalised, assets, history)));
    }
}
