using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// The library's education assistance against <see cref="EducationReference"/> on 100,000 generated coherent
/// households, under each preset given generated standards (some stages assisted, some not), on dates either side of
/// every dated change.
/// </summary>
public class EducationReferenceTest
{
    private static readonly LocalDate From = DomainArbitraries.EarliestDate;

    private static Gen<PolicySet> PolicyGen =>
        from preset in Gen.Elements(PolicySets.NationalBaseline, PolicySets.ZhifuPilot, PolicySets.Shaanxi2016)
        from amounts in Gen.ListOf(Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, 1_000_000))), 6)
        from later in Gen.Choose(1, 1_000_000)
        from changeDay in Gen.Choose(0, 7_000)
        let stages = Enum.GetValues<SchoolStage>().Where(s => s != SchoolStage.None).ToArray()
        let table = stages.Select((stage, k) => (stage, fen: EducationStandards.IsCompulsory(stage) ? Math.Max(amounts[k], 1) : amounts[k]))
            .Where(x => x.fen >= 0)
            .Select(x => new KeyValuePair<SchoolStage, Money>(x.stage, Money.FromFen(x.fen)))
            .ToList()
        let laterTable = table.Select(kv => kv.Key == SchoolStage.Primary ? new KeyValuePair<SchoolStage, Money>(kv.Key, Money.FromFen(later)) : kv).ToList()
        select preset
            .With(EducationParameters.Standards, EducationStandards.Create(table).Value, From)
            .With(EducationParameters.Standards, EducationStandards.Create(laterTable).Value, From.PlusDays(changeDay));

    [Fact]
    [Trait("rule", "ED-01")]
    public void TheLibrary_AgreesWithTheReferenceModel_On100000Households()
    {
        var policies = Gen.Sample(PolicyGen, 12, new Rnd(20261211), 20);
        var grid = new OracleGrid<EducationTerms>(policies, EducationTerms.Resolve);
        var households = Gen.Sample(DomainArbitraries.HouseholdGen, 100_000, new Rnd(20261212), 40);
        var disagreements = new List<string>();
        var assisted = 0;
        for (var i = 0; i < households.Length; i++)
        {
            var (policy, date, resolved) = grid.For(i);
            Assert.NotNull(resolved);

            var household = households[i];
            var library = EducationAssistance.Assess(household, resolved);
            var reference = EducationReference.Decide(household, policy, date);
            assisted += library.IsEligible ? 1 : 0;
            if (!library.Pupils.Indexes.SequenceEqual(reference.Pupils) || library.AnnualTotal.Yuan != reference.AnnualYuan)
            {
                disagreements.Add($"{policy} on {date}: library [{string.Join(",", library.Pupils.Indexes)}] {library.AnnualTotal}, reference [{string.Join(",", reference.Pupils)}] ¥{reference.AnnualYuan:0.00}; household {DibaoReferenceTest.Describe(household)}; stages {string.Join(",", household.Members.Select(m => m.SchoolStage))}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements, such as:\n" + string.Join("\n", disagreements.Take(5)));
        Assert.InRange(assisted, 2_000, 90_000);
    }
}
