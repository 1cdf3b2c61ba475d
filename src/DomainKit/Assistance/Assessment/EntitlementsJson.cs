using System.Text.Json;
using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Assistance;

/// <summary>
/// Writes a household's whole entitlement at one window as JSON (contract <c>domainkit/entitlements@2</c>, documented
/// in docs/json-contracts.md): every programme decided, with its amount and its explanation.
/// </summary>
/// <remarks>
/// Output is deterministic: the same entitlement and language give byte-identical JSON under any culture. Amounts are
/// decimal strings of yuan with two decimals. This class is thread-safe.
/// </remarks>
public static class EntitlementsJson
{
    /// <summary>The contract the writers write.</summary>
    public const string Schema = EntitlementsDocument.SchemaName;

    /// <summary>Writes an entitlement with every explanation rendered in a language.</summary>
    /// <param name="entitlements">The entitlement, as <see cref="HouseholdAssessment.Decide(HouseholdClaims, Policies.PolicySet, NodaTime.LocalDate)"/> gives it.</param>
    /// <param name="language">The language of every summary and reason.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entitlements"/> is null.</exception>
    public static string Write(HouseholdEntitlements entitlements, Language language)
    {
        ArgumentNullException.ThrowIfNull(entitlements);
        return WriteDecisions(entitlements, language, only: null);
    }

    /// <summary>
    /// Writes an entitlement with only one programme's decisions (for medical assistance, one per bill), as a client
    /// that asked about that programme reads it; the household's qualifying programmes, monthly cash and unset
    /// parameters stay whole, so the document is the same contract.
    /// </summary>
    /// <param name="entitlements">The entitlement, as <see cref="HouseholdAssessment.Decide(HouseholdClaims, Policies.PolicySet, NodaTime.LocalDate)"/> gives it.</param>
    /// <param name="language">The language of every summary and reason.</param>
    /// <param name="programme">The programme whose decisions are written; single-member dibao is written within margin.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entitlements"/> is null.</exception>
    public static string Write(HouseholdEntitlements entitlements, Language language, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(entitlements);
        return WriteDecisions(entitlements, language, programme == Programme.SingleMemberDibao ? Programme.Margin : programme);
    }

    private static string WriteDecisions(HouseholdEntitlements e, Language language, Programme? only)
    {
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("date", Dates.Format(e.Date));
            w.WriteString("policy", e.PolicyId);
            w.WriteString("policyVersion", e.Dibao.PolicyVersion);
            w.WriteString("policyContentHash", e.Dibao.PolicyContentHash);
            w.WriteString("language", Languages.ToTag(language));
            JsonOutput.WriteTokens(w, "qualifying", e.Qualifying);
            AmountText.Write(w, "monthlyCash", e.Assessment.MonthlyCash);
            w.WriteStartArray("decisions");
            WriteDecision(w, e.Dibao, Programme.Dibao, e.Assessment.Dibao.IsEligible, e.Dibao.MonthlyBenefit, null, language, only);
            WriteDecision(w, e.ExtremePoverty, Programme.ExtremePoverty, e.Assessment.ExtremePoverty.IsEligible, null, null, language, only);
            WriteDecision(w, e.Margin, Programme.Margin, e.Assessment.Margin.IsMargin, e.Assessment.Margin.SingleMemberDibaoMonthly, null, language, only);
            for (var i = 0; i < e.Medical.Length; i++)
            {
                WriteDecision(w, e.Medical[i], Programme.MedicalAssistance, e.Medical[i].Amount > Money.Zero, e.Medical[i].Amount, i, language, only);
            }

            if (e.Expenditure is { } expenditure)
            {
                WriteDecision(w, expenditure, Programme.ExpenditureHardship, expenditure.Assessment.IsEligible, null, null, language, only);
            }

            if (e.Temporary is { } temporary)
            {
                WriteDecision(w, temporary, Programme.TemporaryAssistance, e.Assessment.Qualifies(Programme.TemporaryAssistance), temporary.Amount, null, language, only);
            }

            if (e.Education is { } education)
            {
                WriteDecision(w, education, Programme.EducationAssistance, education.Assessment.IsEligible, education.Assessment.AnnualTotal, null, language, only);
            }

            w.WriteEndArray();
            w.WriteStartObject("notSet");
            foreach (var (programme, missing) in e.NotSet.OrderBy(n => n.Key))
            {
                w.WriteStartArray(EnumTokens<Programme>.ToToken(programme));
                foreach (var parameter in missing.Select(m => m.Identifier).Distinct())
                {
                    w.WriteStringValue(parameter);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void WriteDecision(Utf8JsonWriter w, AssistanceDecision decision, Programme programme, bool qualifies, Money? amount, int? bill, Language language, Programme? only)
    {
        if (only is { } asked && asked != programme)
        {
            return;
        }

        w.WriteStartObject();
        w.WriteString("programme", EnumTokens<Programme>.ToToken(programme));
        w.WriteBoolean("qualifies", qualifies);
        if (amount is { } value)
        {
            AmountText.Write(w, "amount", value);
        }

        if (bill is { } index)
        {
            w.WriteNumber("bill", index);
        }

        w.WriteString("summary", decision.Summary(language));
        JsonOutput.WriteCitedRulesAndExplanation(w, decision.Explanation, language);
        w.WriteEndObject();
    }
}
