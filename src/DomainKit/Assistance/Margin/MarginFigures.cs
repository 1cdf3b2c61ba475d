namespace DomainKit.Assistance;

/// <summary>Every figure of a margin decision, computed once and shared by the fast and explained paths.</summary>
/// <remarks>
/// Fields rather than properties: the fast path reads nested figures in place, where a property would copy
/// the whole enclosing struct on every read.
/// </remarks>
internal readonly struct MarginFigures(
    DibaoFigures dibao,
    MemberSet extremePoverty,
    bool incomePasses,
    MarginExclusion exclusion,
    MemberSet singleMemberDibao,
    Money singleMemberDibaoMonthly)
{
    public readonly DibaoFigures Dibao = dibao;

    public readonly MemberSet ExtremePoverty = extremePoverty;

    public readonly bool IncomePasses = incomePasses;

    public readonly MarginExclusion Exclusion = exclusion;

    public readonly MemberSet SingleMemberDibao = singleMemberDibao;

    public readonly Money SingleMemberDibaoMonthly = singleMemberDibaoMonthly;

    public MarginAssessment Assessment => new(Exclusion, SingleMemberDibao, SingleMemberDibaoMonthly);

    /// <summary>
    /// The same household once taken into dibao as an expenditure-hardship household (ZF-EX-01): a dibao recipient, so
    /// no longer a margin household, and every programme that ranks by dibao reads it as one (MA-01, ED-01, TA-05).
    /// </summary>
    public MarginFigures TakenIntoDibao(in DibaoFigures takenIn) =>
        new(takenIn, ExtremePoverty, IncomePasses, MarginExclusion.Dibao, MemberSet.Empty, Money.Zero);

    public static MarginFigures Compute(Household household, MarginTerms terms) => Compute(household.View, terms);

    /// <inheritdoc cref="Compute(Household, MarginTerms)"/>
    public static MarginFigures Compute(in HouseholdView household, MarginTerms terms)
    {
        // One pass over the members serves dibao, extreme poverty and margin.
        var meansTest = MeansTest.Measure(household.Facts, terms.Dibao);
        var dibao = DibaoFigures.From(meansTest, household, terms.Dibao);
        var extremePoverty = ExtremePovertyChecks.Eligible(meansTest, dibao.Property);

        // MD-01 compares exact totals: income < multiple × standard × members × months (GEN-02).
        var incomePasses = terms.IncomeLinePerMember.TotalIsBelow(meansTest.CountedIncomeFen, meansTest.CountedMembers);
        var exclusion = dibao.Recipient ? MarginExclusion.Dibao
            : !extremePoverty.IsEmpty ? MarginExclusion.ExtremePoverty
            : !incomePasses ? MarginExclusion.Income
            : !dibao.Property.Passes ? MarginExclusion.Property
            : MarginExclusion.None;

        var single = MemberSet.Empty;
        var total = Money.Zero;
        if (exclusion == MarginExclusion.None)
        {
            for (var i = 0; i < household.Facts.Length; i++)
            {
                if (dibao.MeansTest.Counted.Contains(i) && SingleMemberAmount(household.Facts[i], terms) is { } amount)
                {
                    single = single.With(i);
                    total += amount;
                }
            }
        }

        return new MarginFigures(dibao, extremePoverty, incomePasses, exclusion, single, total);
    }

    /// <summary>Whether a member is severely disabled (any category) or seriously ill (MD-02).</summary>
    public static bool IsSevere(in MemberFacts member, MarginTerms terms) =>
        member.SeriouslyIll || (member.Disabled && member.DisabilityGrade <= terms.SevereDisabilityMaxGrade.Value);

    /// <summary>
    /// MD-02: a severe member enrolled alone is a one-person dibao household on their own income:
    /// eligible while own income &lt; standard × months; the benefit is the gap, rounded once.
    /// </summary>
    public static Money? SingleMemberAmount(in MemberFacts member, MarginTerms terms)
    {
        if (!IsSevere(member, terms))
        {
            return null;
        }

        var line = terms.Dibao.OwnIncomeLineFen;
        var own = member.CountedIncomeFen(terms.Dibao.WindowMonths);
        return own < line ? Money.Divide(line - own, terms.Dibao.MeansTest.AssessmentWindowMonths.Value) : null;
    }
}
