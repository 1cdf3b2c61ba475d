namespace DomainKit.Assistance;

/// <summary>The arithmetic of extreme poverty, shared by the fast and explained paths.</summary>
internal static class ExtremePovertyTest
{
    public static WorkInability Inability(HouseholdMember member, ExtremePovertyTerms terms)
    {
        var date = terms.Date;
        if (Dates.YearsHavePassed(member.BirthDate, date, terms.ElderlyAge.Value))
        {
            return WorkInability.Elderly;
        }

        if (!Dates.YearsHavePassed(member.BirthDate, date, terms.ChildAge.Value))
        {
            return WorkInability.Child;
        }

        if (member.EnrolledInExtremePoverty && !Dates.YearsHavePassed(member.BirthDate, date, terms.MinorEnrolmentAge.Value))
        {
            return WorkInability.EnrolledMinor;
        }

        return member.Disability is { } disability && QualifyingGrade(disability.Kind, terms) is { } worst && disability.Grade <= worst
            ? WorkInability.Disability
            : WorkInability.None;
    }

    /// <summary>The least severe grade of a category that means no ability to work; null when the category never does (TK-02 lists none).</summary>
    public static int? QualifyingGrade(DisabilityKind kind, ExtremePovertyTerms terms) => kind switch
    {
        DisabilityKind.Intellectual or DisabilityKind.Mental => terms.IntellectualMentalMaxGrade.Value,
        DisabilityKind.Physical => terms.PhysicalMaxGrade.Value,
        DisabilityKind.Visual => terms.VisualMaxGrade.Value,
        _ => null,
    };

    public static ExtremePovertyMemberFigures Member(HouseholdMember member, ExtremePovertyTerms terms)
    {
        var ownIncome = MeansTest.CountedIncome(member);
        var line = checked(terms.Dibao.StandardMonthly.Value.Fen * terms.Dibao.MeansTest.AssessmentWindowMonths.Value);
        return new ExtremePovertyMemberFigures(Inability(member, terms), ownIncome, ownIncome < line, !member.HasAbleSupporter);
    }

    /// <summary>The counted members who are extreme-poverty persons, and whether the household passes the property test.</summary>
    public static (MemberSet Eligible, bool PropertyPasses) Evaluate(Household household, ExtremePovertyTerms terms)
    {
        var meansTest = terms.Dibao.MeansTest;
        var counted = MeansTest.CountedMembers(household, meansTest);
        var property = MeansTest.TestProperty(household.Assets, counted.Count, terms.Dibao.StandardMonthly.Value, meansTest).Passes;
        var eligible = MemberSet.Empty;
        if (!property)
        {
            return (eligible, property);
        }

        var members = household.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (counted.Contains(i) && Member(members[i], terms).Eligible(property))
            {
                eligible = eligible.With(i);
            }
        }

        return (eligible, property);
    }
}
