using System.Collections.Immutable;
using DomainKit.Explanations;

namespace DomainKit.Assistance;

/// <summary>Builds the explanation of an extreme-poverty decision from the same tests the fast path runs.</summary>
internal static class ExtremePovertyExplainer
{
    public static ExtremePovertyDecision Explain(Household household, ExtremePovertyTerms terms) =>
        Explain(household, terms, ExtremePovertyChecks.Evaluate(household, terms));

    /// <summary>Explains on the set of eligible members already found by the shared means test.</summary>
    public static ExtremePovertyDecision Explain(Household household, ExtremePovertyTerms terms, MemberSet eligible) =>
        new(household, terms, new ExtremePovertyAssessment(eligible));

    internal static ImmutableArray<ExplanationStep> Steps(Household household, ExtremePovertyTerms terms)
    {
        var meansTest = terms.Dibao.MeansTest;
        var reasons = MeansTestExplainer.Reasons(household, meansTest);
        var counted = MeansTest.CountedMembers(household, meansTest);
        var property = MeansTest.TestProperty(household.Assets, counted.Count, terms.Dibao);
        var steps = ImmutableArray.CreateBuilder<ExplanationStep>();
        steps.Add(MeansTestExplainer.Members(household, meansTest, reasons, counted.Count));
        steps.Add(MeansTestExplainer.Property(household.Assets, terms.Dibao, property, counted.Count));
        var eligible = MemberSet.Empty;
        for (var i = 0; i < household.Members.Length; i++)
        {
            if (!counted.Contains(i))
            {
                continue;
            }

            var figures = ExtremePovertyChecks.Member(household.Facts[i], terms);
            var passes = figures.Eligible(property.Passes);
            if (passes)
            {
                eligible = eligible.With(i);
            }

            steps.Add(MemberStep(household.Members[i], i, terms, figures, passes));
        }

        steps.Add(StepBuilder.Test(ExtremePoverty.RuleId, !eligible.IsEmpty, MessageKeys.ExtremePovertyCount)
            .Arg("count", eligible.Count)
            .Arg("counted", counted.Count)
            .Build());
        return steps.ToImmutable();
    }

    private static ExplanationStep MemberStep(HouseholdMember member, int index, ExtremePovertyTerms terms, ExtremePovertyMemberFigures figures, bool eligible)
    {
        var label = MemberPath.Member.At(index);
        var window = terms.Dibao.MeansTest.AssessmentWindowMonths;
        var line = terms.Dibao.StandardMonthly.Value * window.Value;
        return StepBuilder.Test(ExtremePoverty.RuleId, eligible, eligible ? MessageKeys.ExtremePovertyMemberEligible : MessageKeys.ExtremePovertyMemberIneligible)
            .Arg("member", label)
            .Child(AbilityStep(member, index, terms, figures.Inability))
            .Child(StepBuilder.Test("TK-03", figures.IncomePasses, figures.IncomePasses ? MessageKeys.ExtremePovertyIncomePassed : MessageKeys.ExtremePovertyIncomeFailed)
                .Arg("member", label)
                .Arg("income", Money.FromFen(figures.OwnIncomeFen))
                .Arg("months", window.Value)
                .Arg("standard", terms.Dibao.StandardMonthly.Value)
                .Arg("line", line)
                .Parameter(DibaoParameters.StandardMonthly, terms.Dibao.StandardMonthly)
                .Parameter(MeansTestParameters.AssessmentWindowMonths, window)
                .Build())
            .Child(StepBuilder.Test(ExtremePoverty.RuleId, figures.NoSupporter, figures.NoSupporter ? MessageKeys.ExtremePovertyNoSupporter : MessageKeys.ExtremePovertyHasSupporter)
                .Arg("member", label)
                .Input(MemberPath.HasAbleSupporter.At(index), member.HasAbleSupporter)
                .Build())
            .Build();
    }

    private static ExplanationStep AbilityStep(HouseholdMember member, int index, ExtremePovertyTerms extremePovertyTerms, WorkInability inability)
    {
        var terms = extremePovertyTerms.WorkAbility;
        var age = Dates.AgeInYears(member.BirthDate, extremePovertyTerms.Date);
        var step = inability switch
        {
            WorkInability.Elderly => StepBuilder.Test("TK-02", true, MessageKeys.ExtremePovertyElderly)
                .Arg("limit", terms.ElderlyAge.Value)
                .Parameter(ExtremePovertyParameters.ElderlyAge, terms.ElderlyAge),
            WorkInability.Child => StepBuilder.Test("TK-02", true, MessageKeys.ExtremePovertyChild)
                .Arg("limit", terms.ChildAge.Value)
                .Parameter(ExtremePovertyParameters.ChildAge, terms.ChildAge),
            WorkInability.EnrolledMinor => StepBuilder.Test("TK-04", true, MessageKeys.ExtremePovertyEnrolledMinor)
                .Arg("limit", terms.MinorEnrolmentAge.Value)
                .Parameter(ExtremePovertyParameters.MinorEnrolmentAge, terms.MinorEnrolmentAge)
                .Input(MemberPath.EnrolledInExtremePoverty.At(index), true),
            WorkInability.Disability => StepBuilder.Test("TK-02", true, MessageKeys.ExtremePovertyDisability)
                .Term("kind", MessageKeys.DisabilityTerm(member.Disability!.Kind))
                .Arg("grade", member.Disability.Grade)
                .Arg("limit", ExtremePovertyChecks.QualifyingGrade(member.Disability.Kind, terms)!.Value)
                .Parameter(GradeParameter(member.Disability.Kind), GradeValue(member.Disability.Kind, terms)),
            _ => StepBuilder.Test("TK-02", false, MessageKeys.ExtremePovertyAble)
                .Parameter(ExtremePovertyParameters.ElderlyAge, terms.ElderlyAge)
                .Parameter(ExtremePovertyParameters.ChildAge, terms.ChildAge),
        };
        step.Arg("member", MemberPath.Member.At(index)).Arg("age", age).Input(MemberPath.BirthDate.At(index), member.BirthDate);
        if (member.Disability is { } disability)
        {
            step.Input(MemberPath.DisabilityKind.At(index), Serialization.EnumTokens<DisabilityKind>.ToToken(disability.Kind), MessageKeys.DisabilityTerm(disability.Kind))
                .Input(MemberPath.DisabilityGrade.At(index), disability.Grade);
        }

        return step.Build();
    }

    private static Policies.PolicyParameter<int> GradeParameter(DisabilityKind kind) => kind switch
    {
        DisabilityKind.Physical => ExtremePovertyParameters.PhysicalMaxGrade,
        DisabilityKind.Visual => ExtremePovertyParameters.VisualMaxGrade,
        _ => ExtremePovertyParameters.IntellectualMentalMaxGrade,
    };

    private static Policies.DatedValue<int> GradeValue(DisabilityKind kind, WorkAbilityTerms terms) => kind switch
    {
        DisabilityKind.Physical => terms.PhysicalMaxGrade,
        DisabilityKind.Visual => terms.VisualMaxGrade,
        _ => terms.IntellectualMentalMaxGrade,
    };
}
