using DomainKit.Explanations;

namespace DomainKit.Cadres;

/// <summary>The decision on a tolerance application (FT-02), with one explanation step per finding.</summary>
/// <param name="ApplicationId">The application's ID.</param>
/// <param name="Outcome">Exempted, mitigated or not tolerated.</param>
/// <param name="UnfavourableFactors">How many of the six factors weighed against tolerance.</param>
/// <param name="Explanation">The steps: exclusions, duties, each distinction, each boundary, each factor, the outcome.</param>
public sealed record ToleranceDecision(string ApplicationId, ToleranceOutcome Outcome, int UnfavourableFactors, Explanation Explanation)
{
    /// <summary>Whether the mistake is tolerated (exempted or mitigated).</summary>
    public bool Tolerated => Outcome != ToleranceOutcome.NotTolerated;
}
