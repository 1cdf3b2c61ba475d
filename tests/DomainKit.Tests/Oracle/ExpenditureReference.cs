using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Tests.Oracle;

/// <summary>
/// A plain reference model of expenditure-type hardship (ZF-EX-01; EX-01 to EX-03), from the policy specification
/// in decimal yuan, on the dibao and margin reference models. It gives the first condition that fails, in the
/// order the specification lists them, and the review date (EX-03).
/// </summary>
internal static class ExpenditureReference
{
    public static (ExpenditureExclusion Exclusion, LocalDate? ReviewDue) Decide(Household household, ExpenditureClaim claim, PolicySet policy, LocalDate date)
    {
        T Value<T>(PolicyParameter<T> parameter)
            where T : notnull => policy.ValueAt(parameter, date).Value.Value;
        var rule = Value(ExpenditureParameters.Rule);
        var window = Value(MeansTestParameters.AssessmentWindowMonths);
        var counted = DibaoReference.Counted(household, policy, date);
        var income = counted.Sum(DibaoReference.Own);
        var n = counted.Count;
        var dibao = DibaoReference.Decide(household, policy, date).Outcome != DibaoOutcome.Ineligible;
        var poverty = MarginReference.ExtremePoverty(household, policy, date).Length > 0;
        var property = DibaoReference.PropertyPasses(household, policy, date, n);

        // Annual per-capita income (income over the window, × 12, ÷ members) below the yearly reference figure.
        var reference = rule == ExpenditureRule.ZhifuConsumption
            ? Value(ExpenditureParameters.UrbanConsumptionPerCapita).Yuan
            : Value(MedicalParameters.DisposableIncomePerCapita).Yuan;
        var incomeBelow = income * 12m < reference * n * window;

        if (rule == ExpenditureRule.ZhifuConsumption)
        {
            // ZF-EX-01: the household's income meets the local low-income test (the margin multiple of the dibao line).
            var lowIncome = income < Value(MarginParameters.IncomeMultiple).Value * Value(DibaoParameters.StandardMonthly).Yuan * window * n;
            var zhifu = dibao ? ExpenditureExclusion.Dibao
                : poverty ? ExpenditureExclusion.ExtremePoverty
                : !incomeBelow ? ExpenditureExclusion.Income
                : !lowIncome ? ExpenditureExclusion.LowIncomeTest
                : !property ? ExpenditureExclusion.Property
                : !claim.IllnessOrDisasterSpending ? ExpenditureExclusion.NoIllnessOrDisasterSpending
                : !claim.InDifficultyAfterEmergencyRelief ? ExpenditureExclusion.ReliefSufficed
                : ExpenditureExclusion.None;
            return (zhifu, null);
        }

        // EX-01, EX-02: rigid spending over the look-back above the share of the household's income over the same months
        // (income over the window scaled to the look-back), compared without dividing.
        var lookback = Value(ExpenditureParameters.LookbackMonths);
        var rigid = claim.MedicalSpending.Yuan + claim.EducationSpending.Yuan + claim.BasicLivingSpending.Yuan + claim.RehabilitationSpending.Yuan;
        var rigidAbove = rigid * window > Value(ExpenditureParameters.RigidSpendingShare).Value * income * lookback;
        var national = dibao ? ExpenditureExclusion.Dibao
            : poverty ? ExpenditureExclusion.ExtremePoverty
            : MarginReference.Decide(household, policy, date).Exclusion == MarginExclusion.None ? ExpenditureExclusion.Margin
            : !incomeBelow ? ExpenditureExclusion.Income
            : !property ? ExpenditureExclusion.Property
            : !rigidAbove ? ExpenditureExclusion.RigidSpending
            : ExpenditureExclusion.None;

        // EX-03: reviewed at most the validity after recognition (the date of the decision when none is given).
        return (national, national == ExpenditureExclusion.None ? (claim.RecognisedOn ?? date).PlusMonths(Value(ExpenditureParameters.ValidityMonths)) : null);
    }
}
