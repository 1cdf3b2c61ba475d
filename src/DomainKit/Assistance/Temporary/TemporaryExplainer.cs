using System.Collections.Immutable;
using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of a temporary-assistance decision from its figures.</summary>
internal static class TemporaryExplainer
{
    private const string AmountRuleId = TemporaryAssistance.AmountRuleId;

    public static TemporaryDecision Explain(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms) =>
        Explain(household, request, terms, TemporaryCalculator.Compute(household, request, terms));

    /// <summary>Explains on figures computed from the household's shared means test.</summary>
    public static TemporaryDecision Explain(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms, TemporaryFigures figures)
    {
        return new TemporaryDecision(household, request, terms, figures);
    }

    internal static ImmutableArray<ExplanationStep> Steps(Household household, TemporaryAssistanceRequest request, TemporaryTerms terms, TemporaryFigures figures)
    {
        var assessment = figures.Assessment;
        var meansTest = terms.Dibao.MeansTest;
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>();
        steps.Add(StepBuilder.Computed("TA-01", MessageKeys.TemporaryType)
            .Term("type", MessageKeys.HardshipTerm(request.Type))
            .Input("request.type", EnumTokens<HardshipType>.ToToken(request.Type), MessageKeys.HardshipTerm(request.Type))
            .Input("request.need", EnumTokens<TemporaryNeed>.ToToken(request.Need), MessageKeys.NeedTerm(request.Need))
            .Input("request.severity", EnumTokens<HardshipSeverity>.ToToken(request.Severity), MessageKeys.SeverityTerm(request.Severity))
            .Build());
        steps.Add(MeansTestExplainer.Members(household, meansTest, MeansTestExplainer.Reasons(household, meansTest), figures.CountedMembers));
        steps.Add(StepBuilder.Computed(AmountRuleId, MessageKeys.TemporaryCategory(assessment.Category)).Build());
        if (figures.CountedMembers == 0)
        {
            steps.Add(StepBuilder.Test(AmountRuleId, false, MessageKeys.TemporaryNoMembers).Build());
            return steps.ToImmutable();
        }

        var window = meansTest.AssessmentWindowMonths;
        var surplus = assessment.OwnResources - household.Assets.FinancialAssets;
        steps.Add(StepBuilder.Test("TA-01", assessment.Granted, assessment.Granted ? MessageKeys.TemporaryHardshipShown : MessageKeys.TemporaryHardshipNotShown)
            .Arg("cost", request.SuddenCost)
            .Arg("assets", household.Assets.FinancialAssets)
            .Arg("window", window.Value)
            .Arg("surplus", surplus)
            .Arg("resources", assessment.OwnResources)
            .Parameter(MeansTestParameters.AssessmentWindowMonths, window)
            .Parameter(DibaoParameters.StandardMonthly, terms.Dibao.StandardMonthly)
            .Input("request.suddenCost", request.SuddenCost)
            .Input("assets.financialAssets", household.Assets.FinancialAssets)
            .Build());
        if (!assessment.Granted)
        {
            return steps.ToImmutable();
        }

        steps.Add(request.Severity == HardshipSeverity.Minor
            ? StepBuilder.Computed(AmountRuleId, MessageKeys.TemporaryMinor)
                .Arg("amount", figures.Computed)
                .Parameter(TemporaryParameters.MinorFlatSum, terms.MinorFlatSum)
                .Build()
            : StepBuilder.Computed(AmountRuleId, MessageKeys.TemporaryMonthsStep)
                .Arg("standard", terms.Dibao.StandardMonthly.Value)
                .Arg("members", figures.CountedMembers)
                .Arg("months", figures.Months.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))
                .Arg("amount", figures.Computed)
                .Parameter(TemporaryParameters.Months, terms.Months)
                .Parameter(DibaoParameters.StandardMonthly, terms.Dibao.StandardMonthly)
                .Build());
        var capped = figures.Computed > terms.Cap.Value;
        steps.Add(StepBuilder.Test(AmountRuleId, !capped, capped ? MessageKeys.TemporaryCapReached : MessageKeys.TemporaryCapWithin)
            .Arg("cap", terms.Cap.Value)
            .Arg("amount", assessment.Amount)
            .Parameter(TemporaryParameters.Cap, terms.Cap)
            .Build());
        steps.Add(StepBuilder.Computed("TA-06", assessment.Instalments > 1 ? MessageKeys.TemporaryInstalments : MessageKeys.TemporarySinglePayment)
            .Arg("expected", request.ExpectedMonths)
            .Arg("after", terms.InstalmentAfterMonths.Value)
            .Arg("instalments", assessment.Instalments)
            .Arg("parts", string.Join(" + ", assessment.InstalmentAmounts()))
            .Parameter(TemporaryParameters.InstalmentAfterMonths, terms.InstalmentAfterMonths)
            .Parameter(TemporaryParameters.MaxInstalments, terms.MaxInstalments)
            .Input("request.expectedMonths", request.ExpectedMonths)
            .Build());
        var payFirst = StepBuilder.Test("TA-03", assessment.PayFirst, assessment.PayFirst
                ? terms.PaperworkDeadlineDays is null ? MessageKeys.TemporaryPayFirstNoDeadline : MessageKeys.TemporaryPayFirst
                : MessageKeys.TemporaryReviewFirst)
            .Input("request.urgent", request.Urgent);
        if (assessment.PayFirst && terms.PaperworkDeadlineDays is { } deadline)
        {
            payFirst.Arg("days", deadline.Value).Parameter(TemporaryParameters.PaperworkDeadlineDays, deadline);
        }

        steps.Add(payFirst.Build());
        steps.Add(StepBuilder.Computed("TA-04", assessment.Route == ApplicationRoute.Township ? MessageKeys.TemporaryRouteTownship : MessageKeys.TemporaryRouteCounty)
            .Input("request.residence", EnumTokens<Residence>.ToToken(request.Residence), MessageKeys.ResidenceTerm(request.Residence))
            .Build());
        return steps.ToImmutable();
    }
}
