using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The rule set every engine encodes, as dated data: dibao (income and property tests, gap-filling benefit, DB-01,
/// DB-02, HH-05), margin (MD-01), medical assistance with a deductible, a ratio and an annual cap by group (MA-06),
/// and the temporary-assistance amount (TA-05). Two dated rows, so every engine must pick the row in force.
/// </summary>
public static class EngineRules
{
    public static readonly LocalDate Date = new(2026, 3, 1);

    public static readonly IReadOnlyList<EngineThresholds> Table =
    [
        Row(new LocalDate(2025, 1, 1), standardYuan: 1_250m),
        Row(new LocalDate(2026, 1, 1), standardYuan: 1_350m),
    ];

    /// <summary>The row in force on a date; an engine asked for a date before the first row gets nothing, never zero.</summary>
    public static EngineThresholds For(LocalDate date) =>
        Table.LastOrDefault(row => row.From <= date) ?? throw new ArgumentOutOfRangeException(nameof(date), date, "No thresholds are in force on this date.");

    /// <summary>
    /// The same table as a DomainKit policy set: the Zhifu pilot with each row's values as dated parameters. Education
    /// assistance is not part of the shared rule set, so its standards stay unset and DomainKit does not decide it.
    /// </summary>
    public static PolicySet Policy()
    {
        var source = Provenance.Illustrative("The benchmark's shared rule set");
        var policy = PolicySets.ZhifuPilot.With(TemporaryParameters.MinorFlatSum, Money.FromYuan(500m), Table[0].From, source);
        foreach (var row in Table)
        {
            policy = policy
                .With(DibaoParameters.StandardMonthly, Money.FromFen(row.StandardMonthlyFen), row.From, source)
                .With(MeansTestParameters.AssessmentWindowMonths, row.WindowMonths, row.From, source)
                .With(MeansTestParameters.FinancialAssetsMultiple, Rate.FromFraction(row.AssetsMultiple), row.From, source)
                .With(MeansTestParameters.MaxHomes, row.MaxHomes, row.From, source)
                .With(MarginParameters.IncomeMultiple, Rate.FromFraction(row.MarginMultiple), row.From, source)
                .With(MedicalParameters.SchemeDibao, Scheme(row.DibaoDeductibleFen, row.DibaoRatioBasisPoints, row.DibaoCapFen), row.From, source)
                .With(MedicalParameters.SchemeMargin, Scheme(row.MarginDeductibleFen, row.MarginRatioBasisPoints, row.MarginCapFen), row.From, source)
                .With(TemporaryParameters.Months, Months(row), row.From, source)
                .With(TemporaryParameters.Cap, Money.FromFen(row.TemporaryCapFen), row.From, source);
        }

        return policy;
    }

    private static EngineThresholds Row(LocalDate from, decimal standardYuan) => new()
    {
        From = from,
        StandardMonthlyFen = Money.FromYuan(standardYuan).Fen,
        WindowMonths = 12,
        AssetsMultiple = 2m,
        MaxHomes = 1,
        MarginMultiple = 1.5m,
        DibaoDeductibleFen = 50_000,
        DibaoRatioBasisPoints = 7_000,
        DibaoCapFen = 3_000_000,
        MarginDeductibleFen = 100_000,
        MarginRatioBasisPoints = 5_000,
        MarginCapFen = 1_500_000,
        TemporaryMonthsDibaoModerate = 3m,
        TemporaryMonthsDibaoSerious = 6m,
        TemporaryMonthsOtherModerate = 2m,
        TemporaryMonthsOtherSerious = 4.5m,
        TemporaryCapFen = 1_500_000,
    };

    private static MedicalAssistanceScheme Scheme(long deductibleFen, long ratioBasisPoints, long capFen) =>
        MedicalAssistanceScheme.Create(
            [MedicalStage.Flat("assistance", Deductible.Fixed(Money.FromFen(deductibleFen)), Rate.FromFraction(ratioBasisPoints / 10_000m), Money.FromFen(capFen))]).Value;

    private static TemporaryMonths Months(EngineThresholds row) => TemporaryMonths.Create(
        from category in Enum.GetValues<TemporaryCategory>()
        from need in Enum.GetValues<TemporaryNeed>()
        select category == TemporaryCategory.Other
            ? new TemporaryMonthsRow(category, need, Rate.FromFraction(row.TemporaryMonthsOtherModerate), Rate.FromFraction(row.TemporaryMonthsOtherSerious))
            : new TemporaryMonthsRow(category, need, Rate.FromFraction(row.TemporaryMonthsDibaoModerate), Rate.FromFraction(row.TemporaryMonthsDibaoSerious))).Value;
}
