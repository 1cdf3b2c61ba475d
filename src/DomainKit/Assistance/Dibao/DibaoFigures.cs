namespace DomainKit.Assistance;

/// <summary>Every figure of a dibao decision, computed once and shared by the fast and explained paths.</summary>
internal readonly struct DibaoFigures(MeansTestFigures meansTest, long thresholdFen, bool incomePasses, PropertyTestFigures property, bool eligible, Money benefit)
{
    public MeansTestFigures MeansTest { get; } = meansTest;

    /// <summary>Standard × counted members × window months: the exact total income must stay below (DB-01).</summary>
    public long ThresholdFen { get; } = thresholdFen;

    /// <summary>DB-01 income test: counted income below the threshold, compared as exact totals.</summary>
    public bool IncomePasses { get; } = incomePasses;

    public PropertyTestFigures Property { get; } = property;

    public bool Eligible { get; } = eligible;

    public Money Benefit { get; } = benefit;

    public static DibaoFigures Compute(Household household, DibaoTerms terms) =>
        From(Assistance.MeansTest.Measure(household, terms.MeansTest), household.Assets, terms);

    /// <summary>Dibao on a means test already measured, so programmes that share it measure once.</summary>
    public static DibaoFigures From(in MeansTestFigures meansTest, HouseholdAssets assets, DibaoTerms terms)
    {
        var window = terms.MeansTest.AssessmentWindowMonths.Value;
        var threshold = checked(terms.OwnIncomeLineFen * meansTest.CountedMembers);
        var property = Assistance.MeansTest.TestProperty(assets, meansTest.CountedMembers, terms);
        var incomePasses = meansTest.CountedIncomeFen < threshold;
        var eligible = incomePasses && property.Passes;

        // DB-02 gap-filling: (standard × members) − income ÷ window, computed as one exact fraction over
        // the window and rounded once, half away from zero (GEN-02).
        var benefit = eligible ? Money.Divide(threshold - meansTest.CountedIncomeFen, window) : Money.Zero;
        return new DibaoFigures(meansTest, threshold, incomePasses, property, eligible, benefit);
    }
}
