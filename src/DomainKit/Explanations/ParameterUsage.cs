using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Explanations;

/// <summary>A parameter value a step used: which parameter, what value, from when, and from what source.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ParameterUsage
{
    private readonly string chineseValue;

    internal ParameterUsage(PolicyParameter parameter, string value, string chineseValue, LocalDate effectiveFrom, Provenance provenance)
    {
        Parameter = parameter;
        Value = value;
        this.chineseValue = chineseValue;
        EffectiveFrom = effectiveFrom;
        Provenance = provenance;
    }

    /// <summary>The parameter.</summary>
    public PolicyParameter Parameter { get; }

    /// <summary>The value, formatted culture-invariantly without a unit word (see <see cref="PolicyParameter.Unit"/>).</summary>
    public string Value { get; }

    /// <summary>The value as a reader of <paramref name="language"/> reads it (see <see cref="Timeline.FormatValues"/>).</summary>
    /// <param name="language">The reader's language.</param>
    /// <returns>The formatted value, without a unit word.</returns>
    public string ValueIn(Language language) => language == Language.ChineseSimplified ? chineseValue : Value;

    /// <summary>The date the value took effect.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Where the value comes from and how sure it is.</summary>
    public Provenance Provenance { get; }

    internal static ParameterUsage Of<T>(PolicyParameter<T> parameter, DatedValue<T> value)
        where T : notnull =>
        parameter.Cite(value);
}
