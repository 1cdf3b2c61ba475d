using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The tests of an expenditure-hardship decision, computed once for the fast and explained paths; every comparison is of exact totals.</summary>
internal readonly record struct ExpenditureFigures(
    MarginFigures Margin,
    bool IncomeBelowReference,
    bool RigidSpendingAbove,
    ExpenditureExclusion Exclusion,
    LocalDate? ReviewDue)
{
    private const int MonthsPerYear = 12;

    public ExpenditureAssessment Assessment(ExpenditureRule rule) => new(rule, Exclusion, ReviewDue);

    public static ExpenditureFigures Compute(Household household, ExpenditureClaim claim, ExpenditureTerms terms) =>
        Compute(claim, terms, MarginFigures.Compute(household, terms.Margin));

    /// <summary>On margin figures already computed for the household on the same policy and date.</summary>
    public static ExpenditureFigures Compute(ExpenditureClaim claim, ExpenditureTerms terms, in MarginFigures margin)
    {
        var meansTest = margin.Dibao.MeansTest;
        var window = terms.Margin.Dibao.MeansTest.AssessmentWindowMonths.Value;

        // Annual per-capita income below the annual reference: income × 12 / window / members < reference,
        // compared as income × 12 < reference × members × window.
        var incomeBelow = checked(meansTest.CountedIncomeFen * MonthsPerYear) < checked(terms.ReferencePerCapita.Value.Fen * meansTest.CountedMembers * window);
        if (terms.Rule.Value == ExpenditureRule.ZhifuConsumption)
        {
            var zhifu = margin.Dibao.Recipient ? ExpenditureExclusion.Dibao
                : !margin.ExtremePoverty.IsEmpty ? ExpenditureExclusion.ExtremePoverty
                : !incomeBelow ? ExpenditureExclusion.Income
                : !margin.IncomePasses ? ExpenditureExclusion.LowIncomeTest
                : !margin.Dibao.Property.Passes ? ExpenditureExclusion.Property
                : !claim.IllnessOrDisasterSpending ? ExpenditureExclusion.NoIllnessOrDisasterSpending
                : !claim.InDifficultyAfterEmergencyRelief ? ExpenditureExclusion.ReliefSufficed
                : ExpenditureExclusion.None;
            return new ExpenditureFigures(margin, incomeBelow, RigidSpendingAbove: false, zhifu, ReviewDue: null);
        }

        // EX-01: rigid spending over the look-back exceeds share × income over the look-back; income over the
        // look-back is income × look-back / window, so compare spending × window > share × income × look-back.
        var lookback = terms.LookbackMonths!.Value.Value;
        var rigidAbove = (decimal)checked(claim.RigidSpending.Fen * window) > terms.RigidSpendingShare!.Value.Value.TimesFen(checked(meansTest.CountedIncomeFen * lookback));
        var national = margin.Dibao.Recipient ? ExpenditureExclusion.Dibao
            : !margin.ExtremePoverty.IsEmpty ? ExpenditureExclusion.ExtremePoverty
            : margin.Exclusion == MarginExclusion.None ? ExpenditureExclusion.Margin
            : !incomeBelow ? ExpenditureExclusion.Income
            : !margin.Dibao.Property.Passes ? ExpenditureExclusion.Property
            : !rigidAbove ? ExpenditureExclusion.RigidSpending
            : ExpenditureExclusion.None;
        LocalDate? reviewDue = national == ExpenditureExclusion.None
            ? (claim.RecognisedOn ?? terms.Date).PlusMonths(terms.ValidityMonths!.Value.Value)
            : null;
        return new ExpenditureFigures(margin, incomeBelow, rigidAbove, national, reviewDue);
    }
}
