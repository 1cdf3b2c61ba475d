namespace DomainKit.Assistance;

/// <summary>The arithmetic of education assistance, shared by the fast and explained paths.</summary>
internal static class EducationCalculator
{
    /// <summary>Why a member is or is not assisted.</summary>
    internal enum PupilReason
    {
        Assisted,
        NotInSchool,
        NotCounted,
        NotLowIncome,
        StageNotAssisted,
        HomeTaughtWithoutDisability,
    }

    public static EducationAssessment Assess(Household household, EducationTerms terms)
    {
        var meansTest = MeansTest.Measure(household, terms.ExtremePoverty.Dibao);
        var dibao = DibaoFigures.From(meansTest, household, terms.ExtremePoverty.Dibao);
        return Assess(household.Facts, terms, dibao, ExtremePovertyChecks.Eligible(meansTest, dibao.Property));
    }

    /// <summary>On figures already computed for the household on the same policy and date.</summary>
    public static EducationAssessment Assess(ReadOnlySpan<MemberFacts> members, EducationTerms terms, in DibaoFigures dibao, MemberSet extremePoverty)
    {
        var meansTest = dibao.MeansTest;
        var pupils = MemberSet.Empty;
        var total = Money.Zero;
        for (var i = 0; i < members.Length; i++)
        {
            if (Reason(members[i], i, meansTest.Counted, dibao.Recipient, extremePoverty, terms) == PupilReason.Assisted)
            {
                pupils = pupils.With(i);
                total += terms.Standards.Value.For(members[i].SchoolStage)!.Value;
            }
        }

        return new EducationAssessment(pupils, total);
    }

    /// <summary>ED-01: a counted pupil of a dibao household, or an extreme-poverty pupil, at a stage the policy assists.</summary>
    public static PupilReason Reason(in MemberFacts member, int index, MemberSet counted, bool dibaoHousehold, MemberSet extremePoverty, EducationTerms terms) =>
        member.SchoolStage == SchoolStage.None ? PupilReason.NotInSchool
        : !counted.Contains(index) ? PupilReason.NotCounted
        : !dibaoHousehold && !extremePoverty.Contains(index) ? PupilReason.NotLowIncome
        : member.SchoolStage == SchoolStage.HomeTaught && !member.Disabled ? PupilReason.HomeTaughtWithoutDisability
        : terms.Standards.Value.For(member.SchoolStage) is null ? PupilReason.StageNotAssisted
        : PupilReason.Assisted;
}
