namespace DomainKit.Assistance;

/// <summary>The means test's arithmetic (HH-01 to HH-05), shared by every rule's fast and explained paths.</summary>
internal static class MeansTest
{
    private const int MonthsPerYear = 12;

    public static MeansTestFigures Measure(Household household, MeansTestTerms terms)
    {
        var adultAge = terms.AdultAge.Value;
        var clergyYears = terms.ClergyYearsAway.Value;
        var counted = 0;
        long income = 0;
        foreach (var member in household.Members)
        {
            if (!Membership.Counts(Membership.Classify(member, terms.Date, adultAge, clergyYears)))
            {
                continue;
            }

            counted++;
            foreach (var item in member.Incomes)
            {
                if (IncomeKinds.IsCounted(item.Kind))
                {
                    income = checked(income + item.Amount.Fen);
                }
            }
        }

        return new MeansTestFigures(household.Members.Length, counted, income);
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
