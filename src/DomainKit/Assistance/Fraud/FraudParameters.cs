using DomainKit.Policies;

namespace DomainKit.Assistance;

/// <summary>The parameters of fraud sanctions (policy-spec FR-01).</summary>
public static class FraudParameters
{
    /// <summary>FR-01: the lowest fine, as a multiple of the amount obtained by fraud.</summary>
    public static readonly PolicyParameter<Rate> FineMinimum = ParameterFactory.Multiple(
        "fraudFineMinimum", "FR-01", "Lowest fine as a multiple of the amount obtained by fraud.", 100m);

    /// <summary>FR-01: the highest fine, as a multiple of the amount obtained by fraud.</summary>
    public static readonly PolicyParameter<Rate> FineMaximum = ParameterFactory.Multiple(
        "fraudFineMaximum", "FR-01", "Highest fine as a multiple of the amount obtained by fraud.", 100m);
}
