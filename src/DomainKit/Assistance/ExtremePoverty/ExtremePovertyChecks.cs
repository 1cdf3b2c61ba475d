namespace DomainKit.Assistance;

/// <summary>The arithmetic of extreme poverty, shared by the fast and explained paths.</summary>
internal static class ExtremePovertyChecks
{
    public static WorkInability Inability(HouseholdMember member, WorkAbilityTerms terms)
    {
        if (terms.ElderlyThreshold.Reached(member.BirthDate))
        {
            return WorkInability.Elderly;
        }

        if (!terms.ChildThreshold.Reached(member.BirthDate))
        {
            return WorkInability.Child;
        }

        if (member.EnrolledInExtremePoverty && !terms.MinorThreshold.Reached(member.BirthDate))
        {
            return WorkInability.EnrolledMinor;
        }

        return member.Disability is { } disability && QualifyingGrade(disability.Kind, terms) is { } worst && disability.Grade <= worst
            ? WorkInability.Disability
            : WorkInability.None;
    }

    /// <summary>The least severe grade of a category that means no ability to work; null when the category never does (TK-02 lists none).</summary>
    public static int? QualifyingGrade(DisabilityKind kind, WorkAbilityTerms terms) => kind switch
    {
        DisabilityKind.Intellectual or DisabilityKind.Mental => terms.IntellectualMentalMaxGrade.Value,
        DisabilityKind.Physical => terms.PhysicalMaxGrade.Value,
        DisabilityKind.Visual => terms.VisualMaxGrade.Value,
        _ => null,
    };

    public static ExtremePovertyMemberFigures Member(HouseholdMember member, ExtremePovertyTerms terms)
    {
        var ownIncome = MeansTest.CountedIncome(member);
        return new ExtremePovertyMemberFigures(Inability(member, terms.WorkAbility), ownIncome, ownIncome < terms.Dibao.OwnIncomeLineFen, !member.HasAbleSupporter);
    }

    /// <summary>The counted members who are extreme-poverty persons: the candidates of the shared pass, if the household passes the property test.</summary>
    public static MemberSet Evaluate(Household household, ExtremePovertyTerms terms)
    {
        var meansTest = MeansTest.Measure(household, terms.Dibao);
        return Eligible(meansTest, MeansTest.TestProperty(household.Assets, meansTest.CountedMembers, terms.Dibao));
    }

    public static MemberSet Eligible(in MeansTestFigures meansTest, in PropertyTestFigures property) =>
        property.Passes ? meansTest.ExtremePovertyCandidates : MemberSet.Empty;
}
