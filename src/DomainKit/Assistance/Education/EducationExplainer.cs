using System.Collections.Immutable;
using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of an education-assistance decision.</summary>
internal static class EducationExplainer
{
    public static EducationDecision Explain(Household household, EducationTerms terms) =>
        Explain(household, terms, EducationCalculator.Assess(household, terms));

    /// <summary>Explains on the assessment made from the household's shared means test.</summary>
    public static EducationDecision Explain(Household household, EducationTerms terms, EducationAssessment assessment) =>
        new(household, terms, assessment);

    internal static ImmutableArray<ExplanationStep> Steps(Household household, EducationTerms terms)
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
            var label = MemberPath.Member.At(i);
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
                .Input(MemberPath.SchoolStage.At(i), EnumTokens<SchoolStage>.ToToken(member.SchoolStage), MessageKeys.SchoolStageTerm(member.SchoolStage))
                .Build());
        }

        return steps.ToImmutable();
    }
}
