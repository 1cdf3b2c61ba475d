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

    public static DibaoFigures Compute(Household household, DibaoTerms terms)
    {
        var meansTest = Assistance.MeansTest.Measure(household, terms.MeansTest);
        var standard = terms.StandardMonthly.Value;
        var window = terms.MeansTest.AssessmentWindowMonths.Value;
        var threshold = checked(standard.Fen * meansTest.CountedMembers * window);
        var property = Assistance.MeansTest.TestProperty(household.Assets, meansTest.CountedMembers, standard, terms.MeansTest);
        var incomePasses = meansTest.CountedIncomeFen < threshold;
        var eligible = incomePasses && property.Passes;

        // DB-02 gap-filling: (standard × members) − income ÷ window, computed as one exact fraction over
        // the window and rounded once, half away from zero (GEN-02).
        var benefit = eligible ? Money.Divide(threshold - meansTest.CountedIncomeFen, window) : Money.Zero;
        return new DibaoFigures(meansTest, threshold, incomePasses, property, eligible, benefit);
    }
}
