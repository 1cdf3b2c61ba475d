using System.Collections.Immutable;
using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of an education-assistance decision.</summary>
internal static class EducationExplainer
{
    public static EducationDecision Explain(Household household, EducationTerms terms)
    {
        var dibaoTerms = terms.ExtremePoverty.Dibao;
        var meansTest = MeansTest.Measure(household, dibaoTerms);
        var dibao = DibaoFigures.From(meansTest, household, dibaoTerms);
        var extremePoverty = ExtremePovertyChecks.Eligible(meansTest, dibao.Property);
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>();
        steps.Add(MeansTestExplainer.Members(household, dibaoTerms.MeansTest, MeansTestExplainer.Reasons(household, dibaoTerms.MeansTest), meansTest.CountedMembers));
        steps.Add(StepBuilder.Computed(EducationAssistance.RuleId, dibao.Recipient ? MessageKeys.EducationDibaoHousehold : MessageKeys.EducationNotDibaoHousehold).Build());
        for (var i = 0; i < household.Members.Length; i++)
        {
            var member = household.Members[i];
            if (member.SchoolStage == SchoolStage.None)
            {
                continue;
            }

            var reason = EducationCalculator.Reason(household.Facts[i], i, meansTest.Counted, dibao.Recipient, extremePoverty, terms);
            var label = MeansTestExplainer.MemberLabel(i);
            var key = reason switch
            {
                EducationCalculator.PupilReason.Assisted => EducationStandards.IsCompulsory(member.SchoolStage) ? MessageKeys.EducationCompulsory : MessageKeys.EducationOtherStage,
                EducationCalculator.PupilReason.NotCounted => MessageKeys.EducationNotCounted,
                EducationCalculator.PupilReason.NotLowIncome => MessageKeys.EducationNotLowIncome,
                EducationCalculator.PupilReason.HomeTaughtWithoutDisability => MessageKeys.EducationHomeTaughtNoDisability,
                _ => MessageKeys.EducationStageNotAssisted,
            };
            steps.Add(StepBuilder.Test(EducationAssistance.RuleId, reason == EducationCalculator.PupilReason.Assisted, key)
                .Arg("member", label)
                .Term("stage", MessageKeys.SchoolStageTerm(member.SchoolStage))
                .Arg("amount", terms.Standards.Value.For(member.SchoolStage) ?? Money.Zero)
                .Parameter(EducationParameters.Standards, terms.Standards)
                .Input(label + ".schoolStage", EnumTokens<SchoolStage>.ToToken(member.SchoolStage))
                .Build());
        }

        return new EducationDecision(terms, EducationCalculator.Assess(household, terms), new Explanation(steps.ToImmutable()));
    }
}
