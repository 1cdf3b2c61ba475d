using System.Collections.Immutable;
using DomainKit.Assistance;
using DomainKit.Policies;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Generators;

/// <summary>
/// FsCheck arbitraries for the domain, each with a shrinker, so a failing property reports a small
/// counterexample: households lose members and income, amounts halve, policies fall back to the preset.
/// </summary>
public static class DomainArbitraries
{
    public static readonly LocalDate EarliestDate = new(2014, 5, 1);
    public static readonly LocalDate LatestDate = new(2035, 12, 31);

    public static Arbitrary<Household> Households() => Arb.From(HouseholdGen, ShrinkHousehold);

    public static Arbitrary<LocalDate> Dates() => Arb.From(DateGen, ShrinkDate);

    public static Arbitrary<PolicySet> Policies() => Arb.From(PolicyGen, ShrinkPolicy);

    public static Arbitrary<Money> Amounts() => Arb.From(
        Gen.Choose(0, 200_000_000).Select(fen => Money.FromFen(fen)),
        money => money.Fen == 0 ? [] : new[] { Money.Zero, Money.FromFen(money.Fen / 2) }.Distinct());

    public static Gen<LocalDate> DateGen { get; } =
        Gen.Choose(0, Period.Between(EarliestDate, LatestDate, PeriodUnits.Days).Days).Select(days => EarliestDate.PlusDays(days));

    public static Gen<Income> IncomeGen { get; } =
        from kind in Gen.Elements(Enum.GetValues<IncomeKind>())
        from fen in Gen.Frequency(
            (3, Gen.Choose(0, 3_000_000)),
            (1, Gen.Choose(0, 100_000_000)),
            (1, Gen.Constant(0)))
        select new Income(kind, Money.FromFen(fen));

    /// <summary>A member born up to 100 years before the latest date, sometimes after an evaluation date, with any combination of facts.</summary>
    /// <summary>The latest birth date of an applicant or spouse: an adult under any adult age a policy may set (up to 20) on every date generated.</summary>
    public static readonly LocalDate LatestAdultBirth = EarliestDate.PlusYears(-20);

    private static readonly LocalDate EarliestBirth = new(1900, 1, 1);

    public static Gen<HouseholdMember> MemberGen(Relation relation) =>
        Gen.Choose(0, 36_500).SelectMany(offset => MemberGen(relation, LatestDate.PlusDays(-offset)));

    /// <summary>
    /// A member whose birth date fits their relation to an applicant born on <paramref name="applicantBorn"/> (HH-01):
    /// a spouse is an adult on every date generated, a parent or grandparent is born 16 to 45 or 36 to 80 years before the
    /// applicant, a child or grandchild as long after (and may not be born yet on an early date); a sibling or someone
    /// without a duty of support is born at any time.
    /// </summary>
    public static Gen<HouseholdMember> CoherentMemberGen(Relation relation, LocalDate applicantBorn)
    {
        Gen<LocalDate> Between(LocalDate from, LocalDate to) => from > to
            ? Gen.Constant(to)
            : Gen.Choose(0, Period.Between(from, to, PeriodUnits.Days).Days).Select(days => from.PlusDays(days));
        static LocalDate Latest(LocalDate a, LocalDate b) => a > b ? a : b;
        static LocalDate Earliest(LocalDate a, LocalDate b) => a < b ? a : b;
        var born = relation switch
        {
            Relation.Spouse => Between(EarliestBirth, LatestAdultBirth),
            Relation.Parent => Between(Latest(EarliestBirth, applicantBorn.PlusYears(-45)), applicantBorn.PlusYears(-16)),
            Relation.Grandparent => Between(Latest(EarliestBirth, applicantBorn.PlusYears(-80)), applicantBorn.PlusYears(-36)),
            Relation.Child => Between(applicantBorn.PlusYears(16), Earliest(LatestDate, applicantBorn.PlusYears(45))),
            Relation.Grandchild => Between(applicantBorn.PlusYears(36), Earliest(LatestDate, applicantBorn.PlusYears(80))),
            _ => Between(EarliestBirth, LatestDate),
        };
        return born.SelectMany(date => MemberGen(relation, date));
    }

    private static Gen<HouseholdMember> MemberGen(Relation relation, LocalDate born) =>
        from independent in Gen.Elements(true, false)
        from student in Gen.Elements(true, false)
        from together in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from absence in Gen.Frequency((6, Gen.Constant(Absence.None)), (1, Gen.Elements(Enum.GetValues<Absence>())))
        from absentOffset in Gen.Choose(0, 4_000)
        from incomes in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(IncomeGen, n))
        from disability in Gen.Frequency(
            (3, Gen.Constant<Disability?>(null)),
            (1, from kind in Gen.Elements(Enum.GetValues<DisabilityKind>()) from grade in Gen.Choose(1, 4) select (Disability?)new Disability(kind, grade)))
        from ill in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from ableSupporter in Gen.Elements(true, false)
        from enrolled in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from stage in Gen.Frequency((3, Gen.Constant(SchoolStage.None)), (2, Gen.Elements(Enum.GetValues<SchoolStage>())))
        from refusals in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Choose(0, 5)))
        select new HouseholdMember
        {
            Relation = relation,
            BirthDate = born,
            LivesIndependently = independent,
            FullTimeStudent = student,
            LivesWithHousehold = together,
            Absence = absence,
            AbsentSince = absence == Absence.None ? null : LatestDate.PlusDays(-absentOffset),
            Disability = disability,
            SeriouslyIll = ill,
            HasAbleSupporter = ableSupporter,
            EnrolledInExtremePoverty = enrolled,
            SchoolStage = stage,
            RefusedJobReferrals = refusals,
            Incomes = incomes.ToImmutableArray(),
        };

    /// <summary>
    /// Coherent households (HH-01): one applicant, an adult present on every date generated, so that someone always
    /// counts (HH-04); at most one spouse; every other member born as their relation allows.
    /// </summary>
    public static Gen<Household> HouseholdGen { get; } =
        from applicantBorn in Gen.Choose(0, Period.Between(new LocalDate(1930, 1, 1), LatestAdultBirth, PeriodUnits.Days).Days).Select(d => new LocalDate(1930, 1, 1).PlusDays(d))
        from applicant in MemberGen(Relation.Applicant, applicantBorn).Select(a => a with { Absence = Absence.None, AbsentSince = null })
        from spouses in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)))
        from spouse in CoherentMemberGen(Relation.Spouse, applicantBorn)
        from others in Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(
            Gen.Elements(Enum.GetValues<Relation>().Where(r => r is not (Relation.Applicant or Relation.Spouse)).ToArray()).SelectMany(r => CoherentMemberGen(r, applicantBorn)), n))
        from financial in Gen.Frequency((3, Gen.Choose(0, 5_000_000)), (1, Gen.Choose(0, 500_000_000)))
        from homes in Gen.Frequency((4, Gen.Choose(0, 1)), (1, Gen.Choose(0, 4)))
        from equity in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 50_000_000)))
        select Build(
            (spouses == 1 ? others.Prepend(spouse) : others).Prepend(applicant),
            new HouseholdAssets { FinancialAssets = Money.FromFen(financial), HomesOwned = homes, BusinessEquity = Money.FromFen(equity) });

    /// <summary>The Zhifu preset with random overrides of every parameter dibao reads, some effective later than others.</summary>
    public static Gen<PolicySet> PolicyGen { get; } =
        from standard in Gen.Choose(1, 500_000)
        from laterStandard in Gen.Choose(1, 500_000)
        from changeDay in Gen.Choose(0, 7_000)
        from window in Gen.Choose(1, 36)
        from multipleTenths in Gen.Choose(0, 100)
        from homes in Gen.Choose(0, 3)
        from equity in Gen.Choose(0, 50_000_000)
        from adultAge in Gen.Choose(16, 20)
        from clergyYears in Gen.Choose(1, 5)
        from floorPercent in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, 100)))
        let basePolicy = floorPercent < 0 ? PolicySets.ZhifuPilot : PolicySets.ZhifuPilot.With(DibaoParameters.MinimumShare, Rate.Percent(floorPercent), EarliestDate)
        select basePolicy
            .With(DibaoParameters.StandardMonthly, Money.FromFen(standard), EarliestDate)
            .With(DibaoParameters.StandardMonthly, Money.FromFen(laterStandard), EarliestDate.PlusDays(changeDay + 1))
            .With(MeansTestParameters.AssessmentWindowMonths, window, EarliestDate)
            .With(MeansTestParameters.FinancialAssetsMultiple, Rate.FromFraction(multipleTenths / 10m), EarliestDate)
            .With(MeansTestParameters.MaxHomes, homes, EarliestDate)
            .With(MeansTestParameters.BusinessEquityLimit, Money.FromFen(equity), EarliestDate)
            .With(MeansTestParameters.AdultAge, adultAge, EarliestDate)
            .With(MeansTestParameters.ClergyYearsAway, clergyYears, EarliestDate);

    public static Household Build(IEnumerable<HouseholdMember> members, HouseholdAssets assets)
    {
        var household = Household.Create(members, assets);
        return household.IsSuccess
            ? household.Value
            : throw new InvalidOperationException("Generator built an invalid household: " + string.Join("; ", household.ValidationErrors.Select(e => e.Identifier + " " + e.ErrorCode)));
    }

    private static IEnumerable<Household> ShrinkHousehold(Household household)
    {
        var members = household.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].Relation != Relation.Applicant)
            {
                yield return Build(members.RemoveAt(i), household.Assets);
            }
        }

        for (var i = 0; i < members.Length; i++)
        {
            var incomes = members[i].Incomes;
            for (var j = 0; j < incomes.Length; j++)
            {
                yield return Build(members.SetItem(i, members[i] with { Incomes = incomes.RemoveAt(j) }), household.Assets);
                if (incomes[j].Amount.Fen > 1)
                {
                    var halved = incomes[j] with { Amount = Money.FromFen(incomes[j].Amount.Fen / 2) };
                    yield return Build(members.SetItem(i, members[i] with { Incomes = incomes.SetItem(j, halved) }), household.Assets);
                }
            }

            if (members[i].Absence != Absence.None)
            {
                yield return Build(members.SetItem(i, members[i] with { Absence = Absence.None, AbsentSince = null }), household.Assets);
            }
        }

        if (household.Assets != HouseholdAssets.None)
        {
            yield return Build(members, HouseholdAssets.None);
        }
    }

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate date)
    {
        var anchor = new LocalDate(2026, 1, 1);
        if (date != anchor)
        {
            yield return anchor;
        }
    }

    private static IEnumerable<PolicySet> ShrinkPolicy(PolicySet policy)
    {
        if (policy.IsModified)
        {
            yield return PolicySets.ZhifuPilot;
        }
    }
}
