namespace DomainKit.Assistance;

/// <summary>The means test's arithmetic (HH-01 to HH-05), shared by every rule's fast and explained paths.</summary>
internal static class MeansTest
{
    private const int MonthsPerYear = 12;

    public static MeansTestFigures Measure(Household household, MeansTestTerms terms)
    {
        var counted = CountedMembers(household, terms);
        long income = 0;
        var members = household.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (counted.Contains(i))
            {
                income = checked(income + CountedIncome(members[i]));
            }
        }

        return new MeansTestFigures(members.Length, counted, income);
    }

    /// <summary>HH-01, HH-02: the members who count on the terms' date.</summary>
    public static MemberSet CountedMembers(Household household, MeansTestTerms terms)
    {
        var adultAge = terms.AdultAge.Value;
        var clergyYears = terms.ClergyYearsAway.Value;
        var counted = MemberSet.Empty;
        var members = household.Members;
        for (var i = 0; i < members.Length; i++)
        {
            if (Membership.Counts(Membership.Classify(members[i], terms.Date, adultAge, clergyYears)))
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
    public static PropertyTestFigures TestProperty(HouseholdAssets assets, int countedMembers, Money standardMonthly, MeansTestTerms terms)
    {
        var annualStandard = checked(standardMonthly.Fen * MonthsPerYear);
        // Exact total: assets < multiple × annual standard × members, not a rounded per-person figure (GEN-02).
        var financialLimit = terms.FinancialAssetsMultiple.Value.TimesFen(checked(annualStandard * countedMembers));
        return new PropertyTestFigures(
            annualStandard,
            financialLimit,
            assets.FinancialAssets.Fen < financialLimit,
            assets.HomesOwned <= terms.MaxHomes.Value,
            assets.BusinessEquity <= terms.BusinessEquityLimit.Value);
    }
}
