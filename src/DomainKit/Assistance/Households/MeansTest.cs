namespace DomainKit.Assistance;

/// <summary>The means test's arithmetic (HH-01 to HH-05), shared by every rule's fast and explained paths.</summary>
internal static class MeansTest
{
    /// <summary>
    /// One pass over the members: who counts and their counted income; which counted members pass every
    /// extreme-poverty test but the household's property test (TK-01 to TK-04); whose share is cut for
    /// refused job referrals (DB-07); and who gets the full standard where the policy sets a floor (DB-13).
    /// </summary>
    public static MeansTestFigures Measure(Household household, DibaoTerms terms) => Measure(household.Facts, terms);

    /// <inheritdoc cref="Measure(Household, DibaoTerms)"/>
    public static MeansTestFigures Measure(ReadOnlySpan<MemberFacts> members, DibaoTerms terms)
    {
        var meansTest = terms.MeansTest;
        var workAbility = terms.WorkAbility;
        var refusalLimit = terms.RefusalsBeforeCut.Value;
        var floorSet = terms.MinimumShare is not null;
        var counted = MemberSet.Empty;
        var candidates = MemberSet.Empty;
        var cut = MemberSet.Empty;
        var fullStandard = MemberSet.Empty;
        long income = 0;
        for (var i = 0; i < members.Length; i++)
        {
            ref readonly var member = ref members[i];
            if (!Membership.Counts(Membership.Classify(member, meansTest)))
            {
                continue;
            }

            counted = counted.With(i);
            var own = member.CountedIncomeFen(terms.WindowMonths);
            income = checked(income + own);

            // The cheap, rarely true tests first, so the age and disability tests run for few members.
            if (!member.HasAbleSupporter && own < terms.OwnIncomeLineFen && ExtremePovertyChecks.Inability(member, workAbility) != WorkInability.None)
            {
                candidates = candidates.With(i);
                if (floorSet && own == 0)
                {
                    fullStandard = fullStandard.With(i);
                }
            }

            if (member.RefusedJobReferrals >= refusalLimit && ExtremePovertyChecks.Inability(member, workAbility) == WorkInability.None)
            {
                cut = cut.With(i);
            }
        }

        return new MeansTestFigures(members.Length, counted, income, candidates, cut, fullStandard);
    }

    /// <summary>HH-01, HH-02: the members who count on the terms' date.</summary>
    public static MemberSet CountedMembers(Household household, MeansTestTerms terms)
    {
        var counted = MemberSet.Empty;
        var members = household.Facts;
        for (var i = 0; i < members.Length; i++)
        {
            if (Membership.Counts(Membership.Classify(members[i], terms)))
            {
                counted = counted.With(i);
            }
        }

        return counted;
    }

    /// <summary>HH-03: a member's income of counted kinds, exact: what is stated over the window, and what per month.</summary>
    public static (long WindowFen, long MonthlyFen) CountedIncome(HouseholdMember member)
    {
        long window = 0;
        long monthly = 0;
        foreach (var item in member.Incomes)
        {
            if (!IncomeKinds.IsCounted(item.Kind))
            {
                continue;
            }

            if (item.Period == IncomePeriod.Month)
            {
                monthly = checked(monthly + item.Amount.Fen);
            }
            else
            {
                window = checked(window + item.Amount.Fen);
            }
        }

        return (window, monthly);
    }

    /// <summary>HH-05 with the example provincial limits: financial assets, homes and business equity.</summary>
    public static PropertyTestFigures TestProperty(HouseholdAssets assets, int countedMembers, DibaoTerms terms) =>
        TestProperty(assets.FinancialAssets.Fen, assets.HomesOwned, assets.BusinessEquity.Fen, countedMembers, terms);

    /// <inheritdoc cref="TestProperty(HouseholdAssets, int, DibaoTerms)"/>
    public static PropertyTestFigures TestProperty(long financialAssetsFen, int homesOwned, long businessEquityFen, int countedMembers, DibaoTerms terms) =>
        new(
            // Exact total: assets < multiple × annual standard × members, not a rounded per-person figure (GEN-02).
            terms.FinancialLimitPerMember.TotalIsBelow(financialAssetsFen, countedMembers),
            homesOwned <= terms.MaxHomes,
            businessEquityFen <= terms.BusinessEquityLimitFen);
}
