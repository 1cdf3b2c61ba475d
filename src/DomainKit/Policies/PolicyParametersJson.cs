using Ardalis.Result;
using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Serialization;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Policies;

/// <summary>
/// Writes what a reader asks of a policy set's parameters (contract <c>domainkit/policy-parameters@1</c>, documented in
/// docs/json-contracts.md): every parameter with the value in effect on a date, or one parameter's whole history; each
/// value with its effective date, its provenance and its text in the reader's language.
/// </summary>
/// <remarks>
/// Values are written as a policy file writes them (<see cref="PolicySetJson"/>), so a client that reads policy files
/// reads these too. Output is deterministic under any culture. This class is thread-safe.
/// </remarks>
public static class PolicyParametersJson
{
    /// <summary>The contract the writers write.</summary>
    public const string Schema = PolicyParametersDocument.SchemaName;

    /// <summary>Writes every parameter of a set with the value in effect on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date; a parameter whose first value comes later has no value listed.</param>
    /// <param name="language">The language of descriptions and value texts.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string Write(PolicySet policy, LocalDate date, Language language)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Write(policy, date, language, policy.Timelines, inEffectOnly: true);
    }

    /// <summary>Writes one parameter of a set with every dated value it has, marking the one in effect on a date.</summary>
    /// <param name="policy">The policy set.</param>
    /// <param name="parameterId">The parameter's ID, as in a policy file (<c>dibaoStandardMonthly</c>).</param>
    /// <param name="date">The date whose value is marked <c>inEffect</c>; none when null.</param>
    /// <param name="language">The language of the description and value texts.</param>
    /// <returns>The JSON text; NotFound when the set has no such parameter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<string> WriteHistory(PolicySet policy, string? parameterId, LocalDate? date, Language language)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var timeline = parameterId is null ? null : policy.Timelines.FirstOrDefault(t => string.Equals(t.Parameter.Id, parameterId, StringComparison.Ordinal));
        return timeline is null
            ? Result<string>.NotFound(ErrorCodes.ParameterUnknown)
            : Write(policy, date, language, [timeline], inEffectOnly: false);
    }

    private static string Write(PolicySet policy, LocalDate? date, Language language, IEnumerable<Timeline> timelines, bool inEffectOnly) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("policy", policy.Id);
        w.WriteString("policyVersion", policy.Version);
        w.WriteString("policyContentHash", policy.ContentHash);
        w.WriteString("name", policy.NameIn(language));
        if (date is { } day)
        {
            w.WriteString("date", Dates.Format(day));
        }

        w.WriteString("language", Languages.ToTag(language));
        w.WriteStartArray("parameters");
        foreach (var timeline in timelines)
        {
            var parameter = timeline.Parameter;
            w.WriteStartObject();
            w.WriteString("id", parameter.Id);
            w.WriteString("rule", parameter.RuleId);
            w.WriteString("unit", parameter.UnitToken);
            w.WriteString("description", parameter.Describe(language));
            w.WriteBoolean("optional", parameter.IsOptional);
            timeline.WriteValueViews(w, language, date, inEffectOnly);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
