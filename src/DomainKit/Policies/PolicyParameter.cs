using System.Text.Json;
using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Policies;

/// <summary>
/// A named, dated policy parameter tied to a rule of the policy specification, such as the
/// monthly dibao standard of rule DB-01.
/// </summary>
/// <remarks>
/// The library defines every parameter as a static instance next to the rule that reads it
/// (for example <c>DibaoParameters.StandardMonthly</c>), so rule code refers to parameters by
/// typed references, never by strings. <see cref="ParameterCatalog"/> lists them all.
/// Instances are immutable and thread-safe.
/// </remarks>
public abstract class PolicyParameter
{
    private string? unitTermKey;

    private protected PolicyParameter(string id, string ruleId, ParameterUnit unit, string description)
    {
        Id = id;
        RuleId = ruleId;
        Unit = unit;
        Description = description;
    }

    /// <summary>The stable identifier used in policy files, such as <c>dibaoStandardMonthly</c>.</summary>
    public string Id { get; }

    /// <summary>The rule of the policy specification the parameter belongs to, such as <c>DB-01</c>.</summary>
    public string RuleId { get; }

    /// <summary>The unit its values are stated in.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>What the parameter means, in English.</summary>
    public string Description { get; }

    /// <summary>What the parameter means, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public string Describe(Language language) => language switch
    {
        Language.English => Description,
        Language.ChineseSimplified => ParameterDescriptions.Chinese.TryGetValue(Id, out var chinese) ? chinese : Description,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <summary>The message catalogue's key for the unit as a reader sees it, such as <c>unit.count.maxHomes</c>.</summary>
    /// <remarks>
    /// A count is counted in something different for each parameter (homes, refusals, investigators), and Chinese needs
    /// that measure word, so each counted parameter has a term of its own. Made on first use: the parameters are built
    /// while a policy loads, and a run that renders no explanation needs no message key.
    /// </remarks>
    internal string UnitTermKey => unitTermKey ??= Unit == ParameterUnit.Count ? "unit.count." + Id : MessageKeys.UnitTerm(Unit);

    /// <summary>The stable token for <see cref="Unit"/> used in JSON, such as <c>yuan/month</c>.</summary>
    public string UnitToken => ParameterUnits.ToToken(Unit);

    /// <summary>
    /// Whether a policy set may leave the parameter out: the rule then behaves as the parameter's
    /// documentation says (for example, without a serious-illness scheme every bill uses its group's scheme).
    /// </summary>
    public bool IsOptional { get; private protected init; }

    /// <summary>
    /// Whether no source gives a value ([D] in the specification) and the bundled presets therefore leave the
    /// parameter out: the integrator must set it, and a rule that needs it reports it as not set.
    /// </summary>
    public bool RequiresLocalValue { get; private protected init; }

    /// <summary>The type of the parameter's values.</summary>
    public abstract Type ValueType { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({RuleId})";

    /// <summary>Reads the parameter's timeline from a policy file's <c>values</c> array, reporting problems to the reader.</summary>
    /// <summary>
    /// Reads the timeline a policy file gives under <paramref name="valuesKey"/> (<c>values</c>, or <c>add</c> in a
    /// layer); a value's <c>layer</c> names one of <paramref name="layers"/>, the layers a written resolved set lists.
    /// </summary>
    internal abstract Timeline? ReadTimeline(StrictJsonReader reader, JsonElement parameterElement, string path, string valuesKey, IReadOnlyDictionary<string, PolicyLayerReference> layers);

    /// <summary>The policy set with this parameter set to a value read from JSON, checked as a policy file's value is.</summary>
    internal abstract Ardalis.Result.Result<PolicySet> Override(PolicySet policy, JsonElement value, NodaTime.LocalDate effectiveFrom, Provenance provenance, string path);
}
