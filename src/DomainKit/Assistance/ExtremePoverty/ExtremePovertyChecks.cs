namespace DomainKit.Assistance;

/// <summary>The arithmetic of extreme poverty, shared by the fast and explained paths.</summary>
internal static class ExtremePovertyChecks
{
    public static WorkInability Inability(in MemberFacts member, WorkAbilityTerms terms)
    {
        if (terms.ElderlyThreshold.Reached(member.BirthDate, member.BirthKey))
        {
            return WorkInability.Elderly;
        }

        if (!terms.ChildThreshold.Reached(member.BirthDate, member.BirthKey))
        {
            return WorkInability.Child;
        }

        if (member.EnrolledInExtremePoverty && !terms.MinorThreshold.Reached(member.BirthDate, member.BirthKey))
        {
            return WorkInability.EnrolledMinor;
        }

        return member.DisabilityKind is { } kind && QualifyingGrade(kind, terms) is { } worst && member.DisabilityGrade <= worst
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

    public static ExtremePovertyMemberFigures Member(in MemberFacts member, ExtremePovertyTerms terms)
    {
        var ownIncome = member.CountedIncomeFen(terms.Dibao.WindowMonths);
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
