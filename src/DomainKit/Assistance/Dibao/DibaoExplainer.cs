using DomainKit.Serialization;
using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>Turns the figures of a dibao decision into its explanation tree; takes no decision of its own.</summary>
internal static class DibaoExplainer
{
    public static DibaoDecision Explain(Household household, DibaoTerms terms, DibaoFigures figures)
    {
        return new DibaoDecision(household, terms, figures);
    }

    public static Money PerCapita(MeansTestTerms terms, in DibaoFigures figures) =>
        figures.MeansTest.CountedMembers > 0
            ? Money.Divide(figures.MeansTest.CountedIncomeFen, (long)terms.AssessmentWindowMonths.Value * figures.MeansTest.CountedMembers)
            : Money.Zero;

    internal static ImmutableArray<ExplanationStep> Steps(Household household, DibaoTerms terms, in DibaoFigures figures)
    {
        var meansTestTerms = terms.MeansTest;
        var counted = figures.MeansTest.CountedMembers;
        var countedIncome = Money.FromFen(figures.MeansTest.CountedIncomeFen);
        var perCapita = PerCapita(meansTestTerms, figures);
        var reasons = MeansTestExplainer.Reasons(household, meansTestTerms);
        return
        [
            MeansTestExplainer.Members(household, meansTestTerms, reasons, counted),
            MeansTestExplainer.Income(household, meansTestTerms, reasons, countedIncome),
            PerCapitaStep(meansTestTerms, countedIncome, counted, perCapita),
            IncomeTestStep(terms, figures, countedIncome, perCapita),
            MeansTestExplainer.Property(household.Assets, terms, figures.Property, counted),
            figures.TakenInForExpenditure ? TakenInStep(figures) : EligibilityStep(figures),
            .. BenefitSteps(household, terms, figures, countedIncome),
        ];
    }

    private static ExplanationStep PerCapitaStep(MeansTestTerms terms, Money countedIncome, int counted, Money perCapita) =>
        counted == 0
            ? StepBuilder.Computed("HH-04", MessageKeys.PerCapitaNoMembers).Build()
            : StepBuilder.Computed("HH-04", MessageKeys.PerCapita)
                .Arg("total", countedIncome)
                .Arg("months", terms.AssessmentWindowMonths.Value)
                .Arg("members", counted)
                .Arg("perCapita", perCapita)
                .Parameter(MeansTestParameters.AssessmentWindowMonths, terms.AssessmentWindowMonths)
                .Build();

    private static ExplanationStep IncomeTestStep(DibaoTerms terms, DibaoFigures figures, Money countedIncome, Money perCapita)
    {
        if (figures.MeansTest.CountedMembers == 0)
        {
            return StepBuilder.Test(Dibao.EligibilityRuleId, passed: false, MessageKeys.DibaoIncomeNoMembers)
                .Parameter(DibaoParameters.StandardMonthly, terms.StandardMonthly)
                .Build();
        }

        return StepBuilder.Test(Dibao.EligibilityRuleId, figures.IncomePasses, figures.IncomePasses ? MessageKeys.DibaoIncomePassed : MessageKeys.DibaoIncomeFailed)
            .Arg("perCapita", perCapita)
            .Arg("standard", terms.StandardMonthly.Value)
            .Arg("total", countedIncome)
            .Arg("members", figures.MeansTest.CountedMembers)
            .Arg("months", terms.MeansTest.AssessmentWindowMonths.Value)
            .Arg("threshold", Money.FromFen(figures.ThresholdFen))
            .Parameter(DibaoParameters.StandardMonthly, terms.StandardMonthly)
            .Parameter(MeansTestParameters.AssessmentWindowMonths, terms.MeansTest.AssessmentWindowMonths)
            .Build();
    }

    private static ExplanationStep TakenInStep(DibaoFigures figures) =>
        StepBuilder.Test("ZF-EX-01", passed: true, MessageKeys.DibaoTakenIn)
            .Parameter(ExpenditureParameters.DibaoBenefit, figures.ExpenditureBenefit!.Value)
            .Build();

    private static ExplanationStep EligibilityStep(DibaoFigures figures)
    {
        var key = (figures.IncomePasses, figures.Property.Passes) switch
        {
            (true, true) => MessageKeys.DibaoEligible,
            (false, true) => MessageKeys.DibaoIneligibleIncome,
            (true, false) => MessageKeys.DibaoIneligibleProperty,
            _ => MessageKeys.DibaoIneligibleBoth,
        };
        return StepBuilder.Test(Dibao.EligibilityRuleId, figures.Eligible, key).Build();
    }

    private static IEnumerable<ExplanationStep> BenefitSteps(Household household, DibaoTerms terms, DibaoFigures figures, Money countedIncome)
    {
        if (figures.InGradualExit)
        {
            var history = household.DibaoHistory!;
            yield return StepBuilder.Computed("DB-08", MessageKeys.DibaoGradualExit)
                .Arg("rose", history.WorkIncomeRoseOn!.Value)
                .Arg("amount", history.LastMonthlyBenefit)
                .Arg("until", history.WorkIncomeRoseOn.Value.PlusMonths(terms.GradualExitMonths.Value).PlusDays(-1))
                .Parameter(DibaoParameters.GradualExitMonths, terms.GradualExitMonths)
                .Input("dibaoHistory.recipientSince", history.RecipientSince)
                .Input("dibaoHistory.lastMonthlyBenefit", history.LastMonthlyBenefit)
                .Input("dibaoHistory.workIncomeRoseOn", history.WorkIncomeRoseOn.Value)
                .Build();
            yield break;
        }

        if (!figures.Eligible)
        {
            yield return StepBuilder.Computed(Dibao.BenefitRuleId, MessageKeys.DibaoBenefitNone).Build();
            yield break;
        }

        var window = terms.MeansTest.AssessmentWindowMonths.Value;
        if (figures.ExpenditureBenefit is { } mode)
        {
            yield return StepBuilder.Computed("ZF-EX-01", MessageKeys.DibaoTakenInBenefit(mode.Value))
                .Arg("standard", terms.StandardMonthly.Value)
                .Arg("members", figures.MeansTest.CountedMembers)
                .Arg("months", window)
                .Arg("total", countedIncome)
                .Arg("rigid", Money.FromFen(figures.RigidSpendingFen))
                .Arg("benefit", Money.Divide(Math.Max(0, figures.ThresholdFen - figures.TakenInIncomeFen), window))
                .Parameter(DibaoParameters.StandardMonthly, terms.StandardMonthly)
                .Parameter(ExpenditureParameters.DibaoBenefit, mode)
                .Input("claim.rigidSpending", Money.FromFen(figures.RigidSpendingFen))
                .Build();
        }
        else
        {
            yield return GapStep(terms, figures, countedIncome, window);
        }

        foreach (var step in AdjustmentSteps(terms, figures))
        {
            yield return step;
        }

        if (figures.TakenInForExpenditure && figures.KeptSingleMemberDibao.Fen > 0 && figures.Benefit == figures.KeptSingleMemberDibao)
        {
            yield return StepBuilder.Computed("MD-02", MessageKeys.DibaoTakenInKept).Arg("kept", figures.KeptSingleMemberDibao).Build();
        }

        // An eligible household whose gap rounds to nothing would otherwise read as eligible for ¥0.00 with no reason.
        if (figures.Benefit == Money.Zero)
        {
            yield return StepBuilder.Computed(Dibao.BenefitRuleId, MessageKeys.DibaoBenefitZero).Build();
        }
    }

    private static ExplanationStep GapStep(DibaoTerms terms, DibaoFigures figures, Money countedIncome, int window)
    {
        var gap = Money.Divide(figures.ThresholdFen - figures.MeansTest.CountedIncomeFen, window);
        return StepBuilder.Computed(Dibao.BenefitRuleId, MessageKeys.DibaoBenefit)
            .Arg("standard", terms.StandardMonthly.Value)
            .Arg("members", figures.MeansTest.CountedMembers)
            .Arg("months", window)
            .Arg("total", countedIncome)
            .Arg("benefit", gap)
            .Parameter(DibaoParameters.StandardMonthly, terms.StandardMonthly)
            .Build();
    }

    // DB-13's floors and DB-07's cuts, then the final amount when either changed the gap.
    private static IEnumerable<ExplanationStep> AdjustmentSteps(DibaoTerms terms, DibaoFigures figures)
    {
        if (terms.MinimumShare is { } share)
        {
            yield return StepBuilder.Computed("DB-13", MessageKeys.DibaoFloor)
                .Arg("share", share.Value.ToString())
                .Arg("floor", RoundedFen(DibaoFigures.FloorFen(terms, figures.MeansTest.CountedMembers)))
                .Arg("count", figures.MeansTest.FullStandard.Count)
                .Arg("full", RoundedFen(DibaoFigures.FullStandardFen(terms, figures.MeansTest)))
                .Parameter(DibaoParameters.MinimumShare, share)
                .Build();
        }

        if (!figures.MeansTest.RefusedReferrals.IsEmpty)
        {
            yield return StepBuilder.Computed("DB-07", MessageKeys.DibaoRefusals)
                .Arg("members", string.Join(", ", figures.MeansTest.RefusedReferrals.Indexes.Select(MemberPath.Member.At)))
                .Arg("limit", terms.RefusalsBeforeCut.Value)
                .Arg("kept", figures.MeansTest.CountedMembers - figures.MeansTest.RefusedReferrals.Count)
                .Arg("counted", figures.MeansTest.CountedMembers)
                .Parameter(DibaoParameters.RefusalsBeforeCut, terms.RefusalsBeforeCut)
                .Build();
        }

        if (terms.MinimumShare is not null || !figures.MeansTest.RefusedReferrals.IsEmpty)
        {
            yield return StepBuilder.Computed(Dibao.BenefitRuleId, MessageKeys.DibaoFinal).Arg("benefit", figures.Benefit).Build();
        }
    }

    private static Money RoundedFen(decimal fen) => Money.FromFen(decimal.ToInt64(decimal.Round(fen, 0, MidpointRounding.AwayFromZero)));
}
