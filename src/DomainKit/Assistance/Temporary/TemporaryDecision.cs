using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>The explained answer to a temporary-assistance request: the grant, how it is paid, where the application goes, and why.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class TemporaryDecision
{
    internal TemporaryDecision(TemporaryTerms terms, TemporaryAssessment assessment, Explanation explanation)
    {
        Date = terms.Date;
        PolicyId = terms.Dibao.Policy.Id;
        PolicyModified = terms.Dibao.Policy.IsModified;
        Assessment = assessment;
        PaperworkDeadlineDays = assessment.PayFirst ? terms.PaperworkDeadlineDays?.Value : null;
        Explanation = explanation;
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId { get; }

    /// <summary>Whether the policy set had overridden parameters.</summary>
    public bool PolicyModified { get; }

    /// <summary>The outcome, as the fast path returns it.</summary>
    public TemporaryAssessment Assessment { get; }

    /// <summary>The grant.</summary>
    public Money Amount => Assessment.Amount;

    /// <summary>For an aid-first payment, the working days to complete the paperwork, when the policy sets them (ZF-TA-01).</summary>
    public int? PaperworkDeadlineDays { get; }

    /// <summary>Why the decision came out as it did.</summary>
    public Explanation Explanation { get; }

    /// <summary>A one-line summary in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public string Summary(Language language) => MessageCatalog.Format(
        language,
        Assessment.Granted ? MessageKeys.TemporarySummaryGranted : MessageKeys.TemporarySummaryRefused,
        [
            MessageArgument.Of("amount", Amount.ToString()),
            MessageArgument.Of("instalments", Assessment.Instalments.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            MessageArgument.Of("date", Dates.Format(Date)),
            MessageArgument.Of("policy", PolicyModified ? PolicyId + "*" : PolicyId),
        ]);

    /// <inheritdoc />
    public override string ToString() => Summary(Language.English);
}
