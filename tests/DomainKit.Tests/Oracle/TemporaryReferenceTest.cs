using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The library's temporary assistance against <see cref="TemporaryReference"/> on 100,000 generated requests of
/// coherent households, under each preset given generated local tables, caps, flat sums and instalment rules, on
/// dates either side of every dated change, with sudden costs placed a fen either side of the household's own
/// resources.
/// </summary>
public class TemporaryReferenceTest
{
    private static readonly LocalDate From = DomainArbitraries.EarliestDate;

    internal static Gen<TemporaryMonths> TableGen =>
        // Months in quarters, from 0 to 60.
        from months in Gen.ListOf(Gen.Choose(0, 240), 18)
        select TemporaryMonths.Create(
            from category in Enum.GetValues<TemporaryCategory>()
            from need in Enum.GetValues<TemporaryNeed>()
            let at = (((int)category - 1) * 3) + (int)need - 1
            let a = months[2 * at] / 4m
            let b = months[(2 * at) + 1] / 4m
            select new TemporaryMonthsRow(category, need, Rate.FromFraction(Math.Min(a, b)), Rate.FromFraction(Math.Max(a, b)))).Value;

    private static Gen<PolicySet> PolicyGen =>
        from preset in Gen.Elements(PolicySets.NationalBaseline, PolicySets.ZhifuPilot, PolicySets.Shaanxi2016)
        from table in TableGen
        from cap in Gen.Choose(1, 10_000_000)
        from flat in Gen.Choose(0, 200_000)
        from after in Gen.Choose(1, 6)
        from most in Gen.Choose(1, 12)
        from changeDay in Gen.Choose(0, 7_000)
        select preset
            .With(TemporaryParameters.Months, table, From)
            .With(TemporaryParameters.Cap, Money.FromFen(cap), From)
            .With(TemporaryParameters.Cap, Money.FromFen(cap / 2 + 1), From.PlusDays(changeDay))
            .With(TemporaryParameters.MinorFlatSum, Money.FromFen(flat), From)
            .With(TemporaryParameters.InstalmentAfterMonths, after, From)
            .With(TemporaryParameters.MaxInstalments, most, From);

    internal static Gen<TemporaryAssistanceRequest> RequestGen =>
        from type in Gen.Elements(Enum.GetValues<HardshipType>())
        from cost in Gen.Frequency((3, Gen.Choose(1, 5_000_000)), (1, Gen.Choose(1, 500_000_000)))
        from need in Gen.Elements(Enum.GetValues<TemporaryNeed>())
        from severity in Gen.Elements(Enum.GetValues<HardshipSeverity>())
        from residence in Gen.Elements(Enum.GetValues<Residence>())
        from urgent in Gen.Elements(true, false)
        from months in Gen.Choose(1, 24)
        select new TemporaryAssistanceRequest { Type = type, SuddenCost = Money.FromFen(cost), Need = need, Severity = severity, Residence = residence, Urgent = urgent, ExpectedMonths = months };

    [Fact]
    [Trait("rule", "TA-01")]
    [Trait("rule", "TA-05")]
    [Trait("rule", "TA-06")]
    public void TheLibrary_AgreesWithTheReferenceModel_On100000Requests()
    {
        var policies = Gen.Sample(PolicyGen, 12, new Rnd(20261209), 20);
        var grid = new OracleGrid<TemporaryTerms>(policies, TemporaryTerms.Resolve);
        var requests = Gen.Sample(DomainArbitraries.HouseholdGen.SelectMany(h => RequestGen.Select(r => (Household: h, Request: r))), 100_000, new Rnd(20261210), 40);
        var disagreements = new List<string>();
        var granted = 0;
        var categories = new HashSet<TemporaryCategory>();
        for (var i = 0; i < requests.Length; i++)
        {
            var (policy, date, resolved) = grid.For(i);
            Assert.NotNull(resolved);

            var (household, request) = requests[i];
            if (i % 4 == 0)
            {
                // A fen below, at, or a fen above the household's own resources.
                var own = TemporaryReference.Decide(household, request, policy, date).OwnYuan;
                var cost = own + ((i / 4 % 3) - 1) / 100m;
                request = cost > 0m ? request with { SuddenCost = Money.FromYuan(cost) } : request;
            }

            var library = TemporaryAssistance.Assess(household, request, resolved);
            var reference = TemporaryReference.Decide(household, request, policy, date);
            granted += library.Granted ? 1 : 0;
            categories.Add(library.Category);
            if (library.Granted != reference.Granted || library.Category != reference.Category || library.Amount.Yuan != reference.Yuan
                || !library.InstalmentAmounts().Select(m => m.Yuan).SequenceEqual(reference.Instalments)
                || library.PayFirst != reference.PayFirst || library.Route != reference.Route || library.OwnResources.Yuan != reference.OwnYuan)
            {
                disagreements.Add($"{policy} on {date}: library {library} own {library.OwnResources}, reference {reference.Granted} {reference.Category} ¥{reference.Yuan:0.00} in {reference.Instalments.Length} own ¥{reference.OwnYuan:0.00}; household {DibaoReferenceTest.Describe(household)}; request {request}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, such as:\n" + string.Join("\n", disagreements.Take(5)));
        Assert.InRange(granted, 10_000, 90_000);
        Assert.Equal(3, categories.Count);
    }
}
