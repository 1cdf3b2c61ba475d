namespace DomainKit.Assistance;

/// <summary>Every figure of a dibao decision, computed once and shared by the fast and explained paths.</summary>
/// <remarks>
/// Fields rather than properties: the fast path reads nested figures in place, where a property would copy
/// the whole enclosing struct on every read.
/// </remarks>
internal readonly struct DibaoFigures(
    MeansTestFigures meansTest,
    long thresholdFen,
    bool incomePasses,
    PropertyTestFigures property,
    DibaoOutcome outcome,
    Money benefit,
    bool inGradualExit)
{
    public readonly MeansTestFigures MeansTest = meansTest;

    /// <summary>Standard × counted members × window months: the exact total income must stay below (DB-01).</summary>
    public readonly long ThresholdFen = thresholdFen;

    /// <summary>DB-01 income test: counted income below the threshold, compared as exact totals.</summary>
    public readonly bool IncomePasses = incomePasses;

    public readonly PropertyTestFigures Property = property;

    public readonly DibaoOutcome Outcome = outcome;

    public bool Eligible => Outcome == DibaoOutcome.Eligible;

    /// <summary>Whether the household receives dibao: eligible, or in its gradual exit; the hierarchy of the other programmes ranks it as dibao.</summary>
    public bool Recipient => Outcome != DibaoOutcome.Ineligible;

    public readonly Money Benefit = benefit;

    public readonly bool InGradualExit = inGradualExit;

    public DibaoAssessment Assessment => new(Outcome, Benefit);

    public static DibaoFigures Compute(Household household, DibaoTerms terms) =>
        From(Assistance.MeansTest.Measure(household, terms), household, terms);

    /// <summary>Dibao on a means test already measured, so programmes that share it measure once.</summary>
    public static DibaoFigures From(in MeansTestFigures meansTest, Household household, DibaoTerms terms)
    {
        var members = meansTest.CountedMembers;
        var threshold = checked(terms.OwnIncomeLineFen * members);
        var property = Assistance.MeansTest.TestProperty(household.Assets, members, terms);
        var incomePasses = meansTest.CountedIncomeFen < threshold;

        // One construction at the end: the figures are large, and each extra construction is a copy on the fast path.
        var outcome = DibaoOutcome.Ineligible;
        var benefit = Money.Zero;
        if (incomePasses && property.Passes)
        {
            outcome = DibaoOutcome.Eligible;
            benefit = EligibleBenefit(meansTest, threshold - meansTest.CountedIncomeFen, terms);
        }
        else if (!incomePasses && property.Passes && household.DibaoHistory is { WorkIncomeRoseOn: { } rose } history
            && history.RecipientSince <= terms.Date && rose <= terms.Date && terms.Date < rose.PlusMonths(terms.GradualExitMonths.Value))
        {
            // DB-08: a recipient whose income work lifted above the line keeps its last benefit for the exit months.
            outcome = DibaoOutcome.GradualExit;
            benefit = history.LastMonthlyBenefit;
        }

        return new DibaoFigures(meansTest, threshold, incomePasses, property, outcome, benefit, outcome == DibaoOutcome.GradualExit);
    }

    /// <summary>The monthly benefit of an eligible household, rounded once (GEN-02).</summary>
    private static Money EligibleBenefit(in MeansTestFigures meansTest, long gapFen, DibaoTerms terms)
    {
        var window = terms.WindowMonths;
        if (terms.MinimumShare is null && meansTest.RefusedReferrals.IsEmpty)
        {
            // DB-02 gap-filling: (standard × members) − income ÷ window, one exact fraction over the window,
            // rounded once, half away from zero. The common case stays in integers.
            return Money.Divide(gapFen, window);
        }

        // DB-13 raises the monthly amount to the floor or to the full standard of members without income,
        // ability to work or supporter; DB-07 then removes the equal shares of members who refused referrals.
        // Every term is exact; the result is rounded once.
        var members = meansTest.CountedMembers;
        var monthly = Math.Max((decimal)gapFen / window, Math.Max(FloorFen(terms, members), FullStandardFen(terms, meansTest)));
        var kept = members - meansTest.RefusedReferrals.Count;
        var payable = monthly * kept / members;
        return Money.FromFen(decimal.ToInt64(decimal.Round(payable, 0, MidpointRounding.AwayFromZero)));
    }

    /// <summary>DB-13: share × standard × members, exact; zero when the policy sets no floor.</summary>
    public static decimal FloorFen(DibaoTerms terms, int members) =>
        terms.MinimumShare is { } share ? share.Value.TimesFen(checked(terms.StandardMonthly.Value.Fen * members)) : 0m;

    /// <summary>DB-13: the standard for each member with no income, no ability to work and no supporter, exact.</summary>
    public static decimal FullStandardFen(DibaoTerms terms, in MeansTestFigures meansTest) =>
        (decimal)terms.StandardMonthly.Value.Fen * meansTest.FullStandard.Count;
}
