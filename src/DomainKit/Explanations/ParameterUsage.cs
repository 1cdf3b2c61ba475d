using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Explanations;

/// <summary>A parameter value a step used: which parameter, what value, from when, and from what source.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ParameterUsage
{
    internal ParameterUsage(PolicyParameter parameter, string value, LocalDate effectiveFrom, Provenance provenance)
    {
        Parameter = parameter;
        Value = value;
        EffectiveFrom = effectiveFrom;
        Provenance = provenance;
    }

    /// <summary>The parameter.</summary>
    public PolicyParameter Parameter { get; }

    /// <summary>The value, formatted culture-invariantly without a unit word (see <see cref="PolicyParameter.Unit"/>).</summary>
    public string Value { get; }

    /// <summary>The date the value took effect.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Where the value comes from and how sure it is.</summary>
    public Provenance Provenance { get; }

    internal static ParameterUsage Of<T>(PolicyParameter<T> parameter, DatedValue<T> value)
        where T : notnull =>
        parameter.Cite(value);
}
