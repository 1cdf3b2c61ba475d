using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>Writes dibao decisions as JSON (contract <c>domainkit/dibao-decision@2</c>, documented in docs/json-contracts.md).</summary>
/// <remarks>
/// Output is deterministic: the same decision and language give byte-identical JSON under any
/// culture. Amounts are decimal strings of yuan with two decimals ("1350.00"). This class is thread-safe.
/// </remarks>
public static class DibaoDecisionJson
{
    /// <summary>The schema identifier of the output.</summary>
    public const string Schema = "domainkit/dibao-decision@2";

    /// <summary>Writes a decision with its explanation rendered in a language.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="language">The language of the summary and reasons.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string Write(DibaoDecision decision, Language language)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteString("rule", Dibao.EligibilityRuleId);
            writer.WriteString("date", Dates.Format(decision.Date));
            writer.WriteStartObject("policy");
            writer.WriteString("id", decision.PolicyId);
            writer.WriteString("version", decision.PolicyVersion);
            writer.WriteBoolean("modified", decision.PolicyModified);
            writer.WriteString("contentHash", decision.PolicyContentHash);
            writer.WriteEndObject();
            writer.WriteString("outcome", EnumTokens<DibaoOutcome>.ToToken(decision.Outcome));
            AmountText.Write(writer, "monthlyBenefit", decision.MonthlyBenefit);
            writer.WriteStartObject("figures");
            writer.WriteNumber("listedMembers", decision.ListedMembers);
            writer.WriteNumber("countedMembers", decision.CountedMembers);
            AmountText.Write(writer, "countedIncome", decision.CountedIncome);
            AmountText.Write(writer, "perCapitaMonthlyIncome", decision.PerCapitaMonthlyIncome);
            AmountText.Write(writer, "standardMonthly", decision.StandardMonthly);
            writer.WriteEndObject();
            writer.WriteString("language", Languages.ToTag(language));
            writer.WriteString("summary", decision.Summary(language));
            JsonOutput.WriteCitedRulesAndExplanation(writer, decision.Explanation, language);
            writer.WriteEndObject();
        });
    }
}
