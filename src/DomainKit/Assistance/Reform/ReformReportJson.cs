using System.Text.Json;
using DomainKit.Contracts;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>
/// Writes a reform comparison as JSON (contract <c>domainkit/reform-report@1</c>, documented in docs/json-contracts.md):
/// both policy sets by ID, version and content hash, per programme the households eligible before and after and the
/// amounts, per fund the cost against its budget, and the winners and losers.
/// </summary>
/// <remarks>Amounts are decimal strings of yuan; changes and headroom may be negative. Output is deterministic. This class is thread-safe.</remarks>
public static class ReformReportJson
{
    /// <summary>The contract the writers write.</summary>
    public const string Schema = ReformReportDocument.SchemaName;

    /// <summary>Writes a report as a string.</summary>
    /// <param name="report">The report, as <see cref="ReformComparison"/> gives it.</param>
    /// <param name="baseline">The policy set in force the report was computed under.</param>
    /// <param name="reform">The reform the report was computed under.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A policy set's ID is not the one the report names.</exception>
    public static string Write(ReformReport report, PolicySet baseline, PolicySet reform)
    {
        Check(report, baseline, reform);
        return JsonOutput.Write(w => WriteReport(w, report, baseline, reform));
    }

    /// <summary>Writes a report into a writer the caller keeps, such as one over an HTTP response.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="report">The report, as <see cref="ReformComparison"/> gives it.</param>
    /// <param name="baseline">The policy set in force the report was computed under.</param>
    /// <param name="reform">The reform the report was computed under.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A policy set's ID is not the one the report names.</exception>
    public static void Write(Utf8JsonWriter writer, ReformReport report, PolicySet baseline, PolicySet reform)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Check(report, baseline, reform);
        WriteReport(writer, report, baseline, reform);
    }

    /// <summary>The basis of a programme's amounts: per month, per year, once, or none for a status.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns><c>perMonth</c>, <c>perYear</c>, <c>once</c> or <c>none</c>.</returns>
    public static string AmountBasis(Programme programme) => programme switch
    {
        Programme.Dibao or Programme.SingleMemberDibao => "perMonth",
        Programme.EducationAssistance => "perYear",
        Programme.TemporaryAssistance or Programme.MedicalAssistance => "once",
        _ => "none",
    };

    private static void Check(ReformReport report, PolicySet baseline, PolicySet reform)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(reform);
        // The report names each set as ReformTally does: its identifier, with "*" when it carries overrides.
        if (!string.Equals(report.BaselinePolicyId, baseline.LabelIn(Explanations.Language.English), StringComparison.Ordinal)
            || !string.Equals(report.ReformPolicyId, reform.LabelIn(Explanations.Language.English), StringComparison.Ordinal))
        {
            throw new ArgumentException("The policy sets are not the ones the report was computed under.", nameof(baseline));
        }
    }

    private static void WriteReport(Utf8JsonWriter w, ReformReport report, PolicySet baseline, PolicySet reform)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("date", Dates.Format(report.Date));
        WritePolicy(w, "baseline", baseline);
        WritePolicy(w, "reform", reform);
        w.WriteNumber("households", report.Households);
        w.WriteNumber("winners", report.Winners);
        w.WriteNumber("losers", report.Losers);
        w.WriteNumber("unchanged", report.Unchanged);
        AmountText.Write(w, "totalGain", report.TotalGain);
        AmountText.Write(w, "totalLoss", report.TotalLoss);
        w.WriteStartArray("programmes");
        foreach (var p in report.Programmes)
        {
            w.WriteStartObject();
            w.WriteString("programme", EnumTokens<Programme>.ToToken(p.Programme));
            w.WriteNumber("eligibleBefore", p.EligibleBefore);
            w.WriteNumber("eligibleAfter", p.EligibleAfter);
            w.WriteNumber("newlyEligible", p.NewlyEligible);
            w.WriteNumber("noLongerEligible", p.NoLongerEligible);
            AmountText.Write(w, "amountBefore", p.AmountBefore);
            AmountText.Write(w, "amountAfter", p.AmountAfter);
            AmountText.Write(w, "change", p.Change);
            w.WriteString("amountBasis", AmountBasis(p.Programme));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("funds");
        foreach (var f in report.Funds)
        {
            w.WriteStartObject();
            w.WriteString("fund", EnumTokens<Fund>.ToToken(f.Fund));
            if (f.Budget is { } budget)
            {
                AmountText.Write(w, "budget", budget);
            }

            AmountText.Write(w, "costBefore", f.CostBefore);
            AmountText.Write(w, "costAfter", f.CostAfter);
            if (f.HeadroomAfter is { } headroom)
            {
                AmountText.Write(w, "headroomAfter", headroom);
            }

            w.WriteBoolean("overBudget", f.OverBudget);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter w, string name, PolicySet policy)
    {
        w.WriteStartObject(name);
        w.WriteString("id", policy.Id);
        w.WriteString("version", policy.Version);
        w.WriteBoolean("modified", policy.IsModified);
        w.WriteString("contentHash", policy.ContentHash);
        w.WriteEndObject();
    }
}
