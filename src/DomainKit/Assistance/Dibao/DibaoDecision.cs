using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// The explained answer to "does this household qualify for dibao on this date under this policy,
/// how much, and why?": outcome, monthly benefit, the figures behind them, and an explanation tree
/// citing rule IDs, parameter values with their provenance, and the inputs read.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class DibaoDecision
{
    internal DibaoDecision(
        DibaoTerms terms,
        DibaoAssessment assessment,
        int listedMembers,
        int countedMembers,
        Money countedIncome,
        Money perCapitaMonthlyIncome,
        Explanation explanation)
    {
        Date = terms.Date;
        PolicyId = terms.Policy.Id;
        PolicyVersion = terms.Policy.Version;
        PolicyModified = terms.Policy.IsModified;
        Assessment = assessment;
        ListedMembers = listedMembers;
        CountedMembers = countedMembers;
        CountedIncome = countedIncome;
        PerCapitaMonthlyIncome = perCapitaMonthlyIncome;
        StandardMonthly = terms.StandardMonthly.Value;
        Explanation = explanation;
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId { get; }

    /// <summary>The version of the policy set applied.</summary>
    public string PolicyVersion { get; }

    /// <summary>Whether the policy set had overridden parameters (a reform or a what-if).</summary>
    public bool PolicyModified { get; }

    /// <summary>The outcome and benefit alone, as the fast path returns them.</summary>
    public DibaoAssessment Assessment { get; }

    /// <summary>Whether the household qualifies.</summary>
    public DibaoOutcome Outcome => Assessment.Outcome;

    /// <summary>The monthly benefit, rounded half away from zero to the fen; zero when ineligible.</summary>
    public Money MonthlyBenefit => Assessment.MonthlyBenefit;

    /// <summary>How many people the household lists.</summary>
    public int ListedMembers { get; }

    /// <summary>How many of them count as members on the date (HH-01, HH-02).</summary>
    public int CountedMembers { get; }

    /// <summary>Counted income over the assessment window (HH-03).</summary>
    public Money CountedIncome { get; }

    /// <summary>
    /// Per-capita monthly income (HH-04), rounded to the fen for display only: eligibility compares
    /// exact totals. Zero when no member counts.
    /// </summary>
    public Money PerCapitaMonthlyIncome { get; }

    /// <summary>The monthly dibao standard applied (DB-01).</summary>
    public Money StandardMonthly { get; }

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language, such as "Eligible for dibao: ¥500.00 per month (2026-03-01, policy zhifu-pilot)."</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        Assessment.Outcome switch
        {
            DibaoOutcome.Eligible => MessageKeys.DibaoSummaryEligible,
            DibaoOutcome.GradualExit => MessageKeys.DibaoSummaryGradualExit,
            _ => MessageKeys.DibaoSummaryIneligible,
        },
        [
            MessageArgument.Of("amount", MonthlyBenefit.ToString()),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
