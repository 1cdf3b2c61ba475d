using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of a margin decision from its figures; takes no decision of its own.</summary>
internal static class MarginExplainer
{
    public static MarginDecision Explain(Household household, MarginTerms terms, MarginFigures figures) =>
        new(household, terms, figures);

    internal static ImmutableArray<ExplanationStep> Steps(Household household, MarginTerms terms, in MarginFigures figures)
    {
        var meansTest = terms.Dibao.MeansTest;
        var reasons = MeansTestExplainer.Reasons(household, meansTest);
        var counted = figures.Dibao.MeansTest.CountedMembers;
        var countedIncome = Money.FromFen(figures.Dibao.MeansTest.CountedIncomeFen);
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>();
        steps.Add(MeansTestExplainer.Members(household, meansTest, reasons, counted));
        steps.Add(MeansTestExplainer.Income(household, meansTest, reasons, countedIncome));
        steps.Add(HierarchyStep(figures));
        if (figures.Exclusion is not (MarginExclusion.Dibao or MarginExclusion.ExtremePoverty))
        {
            steps.Add(IncomeStep(terms, figures, countedIncome, counted));
            steps.Add(MeansTestExplainer.Property(household.Assets, terms.Dibao, figures.Dibao.Property, counted));
        }

        steps.Add(StepBuilder.Test(Margin.RuleId, figures.Exclusion == MarginExclusion.None, figures.Exclusion == MarginExclusion.None ? MessageKeys.MarginIs : MessageKeys.MarginIsNot).Build());
        if (figures.Exclusion == MarginExclusion.None)
        {
            for (var i = 0; i < household.Members.Length; i++)
            {
                if (figures.Dibao.MeansTest.Counted.Contains(i) && MarginFigures.IsSevere(household.Facts[i], terms))
                {
                    steps.Add(SingleMemberStep(household, i, terms));
                }
            }
        }

        return steps.ToImmutable();
    }

    private static ExplanationStep HierarchyStep(MarginFigures figures) => figures.Exclusion switch
    {
        MarginExclusion.Dibao => StepBuilder.Test(Margin.RuleId, false, MessageKeys.MarginExcludedDibao).Build(),
        MarginExclusion.ExtremePoverty => StepBuilder.Test(Margin.RuleId, false, MessageKeys.MarginExcludedExtremePoverty)
            .Arg("members", string.Join(", ", figures.ExtremePoverty.Indexes.Select(MemberPath.Member.At)))
            .Build(),
        _ => StepBuilder.Test(Margin.RuleId, true, MessageKeys.MarginNotAbove).Build(),
    };

    private static ExplanationStep IncomeStep(MarginTerms terms, MarginFigures figures, Money countedIncome, int counted)
    {
        var window = terms.Dibao.MeansTest.AssessmentWindowMonths;
        var line = Money.FromFen(decimal.ToInt64(decimal.Round(terms.IncomeLinePerMember.For(counted), 0, MidpointRounding.AwayFromZero)));
        return StepBuilder.Test(Margin.RuleId, figures.IncomePasses, figures.IncomePasses ? MessageKeys.MarginIncomePassed : MessageKeys.MarginIncomeFailed)
            .Arg("total", countedIncome)
            .Arg("multiple", MarginParameters.IncomeMultiple.Format(terms.IncomeMultiple.Value))
            .Arg("standard", terms.Dibao.StandardMonthly.Value)
            .Arg("members", counted)
            .Arg("months", window.Value)
            .Arg("line", line)
            .Parameter(MarginParameters.IncomeMultiple, terms.IncomeMultiple)
            .Parameter(DibaoParameters.StandardMonthly, terms.Dibao.StandardMonthly)
            .Parameter(MeansTestParameters.AssessmentWindowMonths, window)
            .Build();
    }

    private static ExplanationStep SingleMemberStep(Household household, int index, MarginTerms terms)
    {
        var member = household.Members[index];
        var label = MemberPath.Member.At(index);
        var window = terms.Dibao.MeansTest.AssessmentWindowMonths;
        var amount = MarginFigures.SingleMemberAmount(household.Facts[index], terms);
        var step = StepBuilder.Test(Margin.SingleMemberDibaoRuleId, amount is not null, amount is not null ? MessageKeys.MarginSingleEnrolled : MessageKeys.MarginSingleNotEnrolled)
            .Arg("member", label)
            .Arg("income", Money.FromFen(household.CountedIncomeFen(index, window.Value)))
            .Arg("months", window.Value)
            .Arg("standard", terms.Dibao.StandardMonthly.Value)
            .Arg("amount", amount ?? Money.Zero)
            .Parameter(MarginParameters.SevereDisabilityMaxGrade, terms.SevereDisabilityMaxGrade)
            .Parameter(DibaoParameters.StandardMonthly, terms.Dibao.StandardMonthly)
            .Input(MemberPath.SeriouslyIll.At(index), member.SeriouslyIll);
        if (member.Disability is { } disability)
        {
            step.Input(MemberPath.DisabilityKind.At(index), Serialization.EnumTokens<DisabilityKind>.ToToken(disability.Kind), MessageKeys.DisabilityTerm(disability.Kind))
                .Input(MemberPath.DisabilityGrade.At(index), disability.Grade);
        }

        return step.Build();
    }
}
