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
    bool inGradualExit,
    Policies.DatedValue<ExpenditureDibaoBenefit>? expenditureBenefit = null,
    long rigidSpendingFen = 0,
    Money keptSingleMemberDibao = default)
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

    /// <summary>ZF-EX-01: how the benefit was set when the household was taken into dibao as an expenditure-hardship household; null otherwise.</summary>
    public readonly Policies.DatedValue<ExpenditureDibaoBenefit>? ExpenditureBenefit = expenditureBenefit;

    /// <summary>ZF-EX-01: the claim's rigid spending over the window, when the household was taken into dibao.</summary>
    public readonly long RigidSpendingFen = rigidSpendingFen;

    /// <summary>
    /// ZF-EX-01 with MD-02: what the household's members enrolled alone in dibao received as a margin household; taken
    /// into dibao, the household never receives less.
    /// </summary>
    public readonly Money KeptSingleMemberDibao = keptSingleMemberDibao;

    /// <summary>Whether the household was taken into dibao as an expenditure-hardship household (ZF-EX-01).</summary>
    public bool TakenInForExpenditure => ExpenditureBenefit is not null;

    public DibaoAssessment Assessment => new(Outcome, Benefit);

    public static DibaoFigures Compute(Household household, DibaoTerms terms) =>
        From(Assistance.MeansTest.Measure(household, terms), household, terms);

    /// <summary>Dibao on a means test already measured, so programmes that share it measure once.</summary>
    public static DibaoFigures From(in MeansTestFigures meansTest, Household household, DibaoTerms terms) => From(meansTest, household.View, terms);

    /// <inheritdoc cref="From(in MeansTestFigures, Household, DibaoTerms)"/>
    public static DibaoFigures From(in MeansTestFigures meansTest, in HouseholdView household, DibaoTerms terms)
    {
        var members = meansTest.CountedMembers;
        var threshold = checked(terms.OwnIncomeLineFen * members);
        var property = Assistance.MeansTest.TestProperty(household.FinancialAssetsFen, household.HomesOwned, household.BusinessEquityFen, members, terms);
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

    /// <summary>
    /// ZF-EX-01: the household, recognised as an expenditure-hardship household under the Zhifu rule, taken into dibao
    /// (全部纳入低保) whatever the dibao income test found, with the monthly amount the policy chooses; the property test
    /// has already passed, as the expenditure rule requires it (HH-05).
    /// </summary>
    public static DibaoFigures TakenIn(in DibaoFigures figures, long rigidSpendingFen, Policies.DatedValue<ExpenditureDibaoBenefit> mode, Money singleMemberDibao, DibaoTerms terms)
    {
        var meansTest = figures.MeansTest;
        var counted = TakenInIncome(mode.Value, meansTest.CountedIncomeFen, rigidSpendingFen);
        // Recognition never lowers what the household received: members enrolled alone (MD-02) keep at least their amounts.
        var benefit = Money.Max(EligibleBenefit(meansTest, Math.Max(0, figures.ThresholdFen - counted), terms), singleMemberDibao);
        return new DibaoFigures(meansTest, figures.ThresholdFen, figures.IncomePasses, figures.Property, DibaoOutcome.Eligible, benefit, inGradualExit: false, mode, rigidSpendingFen, singleMemberDibao);
    }

    /// <summary>ZF-EX-01: the income the benefit of a household taken into dibao fills the gap on, over the window.</summary>
    public long TakenInIncomeFen => TakenInIncome(ExpenditureBenefit?.Value ?? ExpenditureDibaoBenefit.NetOfRigidSpending, MeansTest.CountedIncomeFen, RigidSpendingFen);

    private static long TakenInIncome(ExpenditureDibaoBenefit mode, long incomeFen, long rigidSpendingFen) => mode switch
    {
        ExpenditureDibaoBenefit.GapOnIncome => incomeFen,
        ExpenditureDibaoBenefit.FullStandard => 0,
        _ => Math.Max(0, checked(incomeFen - rigidSpendingFen)),
    };

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
