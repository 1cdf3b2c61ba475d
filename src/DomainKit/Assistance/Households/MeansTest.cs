namespace DomainKit.Assistance;

/// <summary>The means test's arithmetic (HH-01 to HH-05), shared by every rule's fast and explained paths.</summary>
internal static class MeansTest
{
    /// <summary>
    /// One pass over the members: who counts, their counted income, and, when extreme-poverty terms are
    /// given, which counted members pass every extreme-poverty test but the household's property test.
    /// </summary>
    public static MeansTestFigures Measure(Household household, MeansTestTerms terms, DibaoTerms? extremePoverty = null)
    {
        var counted = MemberSet.Empty;
        var candidates = MemberSet.Empty;
        long income = 0;
        var members = household.Members;
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            if (!Membership.Counts(Membership.Classify(member, terms)))
            {
                continue;
            }

            counted = counted.With(i);
            var own = CountedIncome(member);
            income = checked(income + own);

            // The cheap, rarely true test first: most people have someone able to support them.
            if (extremePoverty is not null && !member.HasAbleSupporter && own < extremePoverty.OwnIncomeLineFen
                && ExtremePovertyTest.Inability(member, extremePoverty.WorkAbility) != WorkInability.None)
            {
                candidates = candidates.With(i);
            }
        }

        return new MeansTestFigures(members.Length, counted, income, candidates);
    }

    /// <summary>HH-01, HH-02: the members who count on the terms' date.</summary>
    public static MemberSet CountedMembers(Household household, MeansTestTerms terms)
    {
        var counted = MemberSet.Empty;
        var members = household.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (Membership.Counts(Membership.Classify(members[i], terms)))
            {
                counted = counted.With(i);
            }
        }

        return counted;
    }

    /// <summary>HH-03: a member's income of counted kinds over the window, exact.</summary>
    public static long CountedIncome(HouseholdMember member)
    {
        long income = 0;
        foreach (var item in member.Incomes)
        {
            if (IncomeKinds.IsCounted(item.Kind))
            {
                income = checked(income + item.Amount.Fen);
            }
        }

        return income;
    }

    /// <summary>HH-05 with the example provincial limits: financial assets, homes and business equity.</summary>
    public static PropertyTestFigures TestProperty(HouseholdAssets assets, int countedMembers, DibaoTerms terms) =>
        new(
            terms.AnnualStandardFen,
            terms.FinancialLimitPerMember,
            countedMembers,
            // Exact total: assets < multiple × annual standard × members, not a rounded per-person figure (GEN-02).
            terms.FinancialLimitPerMember.TotalIsBelow(assets.FinancialAssets.Fen, countedMembers),
            assets.HomesOwned <= terms.MeansTest.MaxHomes.Value,
            assets.BusinessEquity <= terms.MeansTest.BusinessEquityLimit.Value);
}
