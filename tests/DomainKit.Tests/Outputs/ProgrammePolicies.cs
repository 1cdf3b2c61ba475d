using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Policies that set every programme's parameters, under the Zhifu and the national expenditure rule, and random
/// bills, expenditure claims and temporary requests to decide under them.
/// </summary>
internal static class ProgrammePolicies
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly Provenance Source = Provenance.Illustrative("Approved-output corpus");

    /// <summary>
    /// A dibao scheme in two stages, the second with bands whose ratios are not whole basis points (a third), so
    /// both ways of summing bands are used.
    /// </summary>
    private static readonly MedicalAssistanceScheme Banded = MedicalAssistanceScheme.Create(
    [
        MedicalStage.Flat("basic", Deductible.Fixed(Money.FromYuan(300m)), Rate.FromFraction(0.7m), Money.FromYuan(20_000m)),
        new MedicalStage(
            "serious",
            Deductible.ShareOfDisposableIncome(Rate.FromFraction(0.1m)),
            [new RatioBand(Money.FromYuan(10_000m), Rate.FromFraction(1m / 3m)), new RatioBand(Money.FromYuan(50_000m), Rate.FromFraction(0.6m)), new RatioBand(null, Rate.FromFraction(0.75m))],
            Money.FromYuan(80_000m)),
    ]).Value;

    public static PolicySet Zhifu { get; } = WithProgrammes(PolicySets.ZhifuPilot).With(MedicalParameters.SchemeDibao, Banded, From, Source);

    public static PolicySet National { get; } = WithProgrammes(PolicySets.NationalBaseline);

    /// <summary>
    /// The programmes' corpus: 60 generated households, each with random bills, expenditure claim and temporary
    /// request, alternately under Zhifu and under the national rule. The seeds fix it, so every caller sees the same.
    /// </summary>
    public static IEnumerable<(int Index, string PolicyName, PolicySet Policy, Result<HouseholdClaims> Claims)> Corpus()
    {
        var households = Gen.Sample(DomainArbitraries.HouseholdGen, 60, new Rnd(20261202), 40);
        var random = new Random(20261202);
        for (var i = 0; i < households.Length; i++)
        {
            var (name, policy) = i % 2 == 0 ? ("zhifu", Zhifu) : ("national", National);
            yield return (i, name, policy, HouseholdClaims.Create(households[i], Bills(random, households[i]), Expenditure(random), Temporary(random)));
        }
    }

    private static MedicalBill[] Bills(Random random, Household household) =>
    [
        .. Enumerable.Range(0, random.Next(3)).Select(_ => Yuan(random, 120_000)).Select(total => new MedicalBill
        {
            MemberIndex = random.Next(household.Members.Length + (random.Next(10) == 0 ? 1 : 0)),
            TotalCost = total,
            ExcludedCost = random.Next(3) == 0 ? Share(random, total, 10) : Money.Zero,
            BasicInsurancePaid = Share(random, total, 40),
            CriticalIllnessInsurancePaid = random.Next(3) == 0 ? Share(random, total, 20) : Money.Zero,
            SupplementaryPaid = random.Next(4) == 0 ? Share(random, total, 10) : Money.Zero,
            Inpatient = random.Next(2) == 0,
            SeriousIllness = random.Next(3) == 0,
            ImpoverishedByIllness = random.Next(4) == 0,
            AlreadyPaidThisYear = random.Next(3) == 0 ? [Yuan(random, 15_000)] : [],
        }),
    ];

    private static ExpenditureClaim? Expenditure(Random random) => random.Next(4) == 0 ? null : new ExpenditureClaim
    {
        MedicalSpending = Yuan(random, 60_000),
        EducationSpending = random.Next(2) == 0 ? Yuan(random, 20_000) : Money.Zero,
        BasicLivingSpending = Yuan(random, 20_000),
        RehabilitationSpending = random.Next(3) == 0 ? Yuan(random, 10_000) : Money.Zero,
        IllnessOrDisasterSpending = random.Next(4) != 0,
        InDifficultyAfterEmergencyRelief = random.Next(4) != 0,
        RecognisedOn = random.Next(3) == 0 ? new LocalDate(2025, 1 + random.Next(12), 1) : null,
    };

    private static TemporaryAssistanceRequest? Temporary(Random random) => random.Next(4) == 0 ? null : new TemporaryAssistanceRequest
    {
        Type = Pick<HardshipType>(random),
        SuddenCost = Money.FromFen(random.Next(1, 10_000_000)),
        Need = Pick<TemporaryNeed>(random),
        Severity = Pick<HardshipSeverity>(random),
        Residence = Pick<Residence>(random),
        Urgent = random.Next(2) == 0,
        ExpectedMonths = 1 + random.Next(6),
    };

    private static PolicySet WithProgrammes(PolicySet policy)
    {
        var date = new LocalDate(2026, 3, 1);
        return policy
            .With(EducationParameters.Standards, EducationAssistanceTest.Local.ValueAt(EducationParameters.Standards, date).Value.Value, From, Source)
            .With(TemporaryParameters.Months, TemporaryAssistanceTest.Local.ValueAt(TemporaryParameters.Months, date).Value.Value, From, Source)
            .With(TemporaryParameters.Cap, Money.FromYuan(20_000m), From, Source)
            .With(TemporaryParameters.MinorFlatSum, Money.FromYuan(500m), From, Source);
    }

    private static Money Yuan(Random random, int max) => Money.FromFen(random.NextInt64(0, max * 100L));

    // Up to the given percentage of the total, so that insurance and exclusions rarely exceed the bill.
    private static Money Share(Random random, Money total, int percent) => Money.FromFen(total.Fen * random.Next(percent + 1) / 100);

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}
