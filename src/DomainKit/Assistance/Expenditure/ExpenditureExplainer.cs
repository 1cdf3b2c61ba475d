using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of an expenditure-hardship decision from its figures.</summary>
internal static class ExpenditureExplainer
{
    public static ExpenditureDecision Explain(Household household, ExpenditureClaim claim, ExpenditureTerms terms) =>
        Explain(household, claim, terms, ExpenditureFigures.Compute(household, claim, terms));

    /// <summary>Explains on figures computed from the household's shared means test.</summary>
    public static ExpenditureDecision Explain(Household household, ExpenditureClaim claim, ExpenditureTerms terms, ExpenditureFigures figures)
    {
        return new ExpenditureDecision(household, claim, terms, figures);
    }

    internal static ImmutableArray<ExplanationStep> Steps(Household household, ExpenditureClaim claim, ExpenditureTerms terms, ExpenditureFigures figures)
    {
        var zhifu = terms.Rule.Value == ExpenditureRule.ZhifuConsumption;
        var rule = zhifu ? "ZF-EX-01" : "EX-01";
        var meansTest = terms.Margin.Dibao.MeansTest;
        var counted = figures.Margin.Dibao.MeansTest.CountedMembers;
        var income = Money.FromFen(figures.Margin.Dibao.MeansTest.CountedIncomeFen);
        var reasons = MeansTestExplainer.Reasons(household, meansTest);
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>();
        steps.Add(StepBuilder.Computed(rule, zhifu ? MessageKeys.ExpenditureRuleZhifu : MessageKeys.ExpenditureRuleNational)
            .Parameter(ExpenditureParameters.Rule, terms.Rule)
            .Build());
        steps.Add(MeansTestExplainer.Members(household, meansTest, reasons, counted));
        steps.Add(MeansTestExplainer.Income(household, meansTest, reasons, income));
        var above = figures.Exclusion switch
        {
            ExpenditureExclusion.Dibao => MessageKeys.ExpenditureAboveDibao,
            ExpenditureExclusion.ExtremePoverty => MessageKeys.ExpenditureAboveExtremePoverty,
            ExpenditureExclusion.Margin => MessageKeys.ExpenditureAboveMargin,
            _ => null,
        };
        if (above is not null)
        {
            steps.Add(StepBuilder.Test(rule, false, above).Build());
            return Conclusion(terms, figures, steps);
        }

        steps.Add(StepBuilder.Test(rule, figures.IncomeBelowReference, figures.IncomeBelowReference ? MessageKeys.ExpenditureIncomePassed : MessageKeys.ExpenditureIncomeFailed)
            .Arg("income", income)
            .Arg("months", meansTest.AssessmentWindowMonths.Value)
            .Arg("members", counted)
            .Arg("reference", terms.ReferencePerCapita.Value)
            .Parameter(terms.ReferenceParameter, terms.ReferencePerCapita)
            .Build());
        if (zhifu)
        {
            steps.Add(StepBuilder.Test("ZF-EX-01", figures.Margin.IncomePasses, figures.Margin.IncomePasses ? MessageKeys.ExpenditureLowIncomePassed : MessageKeys.ExpenditureLowIncomeFailed)
                .Arg("multiple", MarginParameters.IncomeMultiple.Format(terms.Margin.IncomeMultiple.Value))
                .Parameter(MarginParameters.IncomeMultiple, terms.Margin.IncomeMultiple)
                .Build());

            // HH-05 holds under the Zhifu rule too: a household with the assets to meet its spending is not in hardship.
            steps.Add(MeansTestExplainer.Property(household.Assets, terms.Margin.Dibao, figures.Margin.Dibao.Property, counted));
            steps.Add(StepBuilder.Test("ZF-EX-01", claim.IllnessOrDisasterSpending, claim.IllnessOrDisasterSpending ? MessageKeys.ExpenditureIllnessYes : MessageKeys.ExpenditureIllnessNo)
                .Input("claim.illnessOrDisasterSpending", claim.IllnessOrDisasterSpending)
                .Build());
            steps.Add(StepBuilder.Test("ZF-EX-01", claim.InDifficultyAfterEmergencyRelief, claim.InDifficultyAfterEmergencyRelief ? MessageKeys.ExpenditureReliefInsufficient : MessageKeys.ExpenditureReliefSufficed)
                .Input("claim.inDifficultyAfterEmergencyRelief", claim.InDifficultyAfterEmergencyRelief)
                .Build());
        }
        else
        {
            steps.Add(MeansTestExplainer.Property(household.Assets, terms.Margin.Dibao, figures.Margin.Dibao.Property, counted));
            var lookback = terms.LookbackMonths!.Value;
            steps.Add(StepBuilder.Computed("EX-02", MessageKeys.ExpenditureRigidSum)
                .Arg("medical", claim.MedicalSpending)
                .Arg("education", claim.EducationSpending)
                .Arg("basic", claim.BasicLivingSpending)
                .Arg("rehabilitation", claim.RehabilitationSpending)
                .Arg("total", claim.RigidSpending)
                .Build());
            steps.Add(StepBuilder.Test("EX-01", figures.RigidSpendingAbove, figures.RigidSpendingAbove ? MessageKeys.ExpenditureRigidPassed : MessageKeys.ExpenditureRigidFailed)
                .Arg("spending", claim.RigidSpending)
                .Arg("lookback", lookback.Value)
                .Arg("share", terms.RigidSpendingShare!.Value.Value.ToString())
                .Arg("income", income)
                .Arg("months", meansTest.AssessmentWindowMonths.Value)
                .Parameter(ExpenditureParameters.RigidSpendingShare, terms.RigidSpendingShare.Value)
                .Parameter(ExpenditureParameters.LookbackMonths, lookback)
                .Input("claim.medicalSpending", claim.MedicalSpending)
                .Input("claim.educationSpending", claim.EducationSpending)
                .Input("claim.basicLivingSpending", claim.BasicLivingSpending)
                .Input("claim.rehabilitationSpending", claim.RehabilitationSpending)
                .Build());
        }

        return Conclusion(terms, figures, steps);
    }

    private static ImmutableArray<ExplanationStep> Conclusion(ExpenditureTerms terms, ExpenditureFigures figures, ImmutableArray<ExplanationStep>.Builder steps)
    {
        var zhifu = terms.Rule.Value == ExpenditureRule.ZhifuConsumption;
        var eligible = figures.Exclusion == ExpenditureExclusion.None;
        steps.Add(StepBuilder.Test(zhifu ? "ZF-EX-01" : "EX-01", eligible, !eligible ? MessageKeys.ExpenditureNot : zhifu ? MessageKeys.ExpenditureZhifuDibao : MessageKeys.ExpenditureNational).Build());
        if (eligible)
        {
            steps.Add(StepBuilder.Computed("EX-04", MessageKeys.ExpenditureLowIncome).Build());
        }

        if (eligible && figures.ReviewDue is { } due)
        {
            steps.Add(StepBuilder.Computed("EX-03", MessageKeys.ExpenditureReview)
                .Arg("review", due)
                .Parameter(ExpenditureParameters.ValidityMonths, terms.ValidityMonths!.Value)
                .Build());
        }

        return steps.ToImmutable();
    }
}
