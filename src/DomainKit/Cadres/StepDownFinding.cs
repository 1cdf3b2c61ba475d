namespace DomainKit.Cadres;

/// <summary>One trigger for stepping down, its kind of cadre and the evidence behind it (SX-PD-00, PD-07).</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="Category">Mediocre, derelict or unfit.</param>
/// <param name="RuleId">The rule that sets the trigger.</param>
/// <param name="Evidence">What in the record shows it, by field path, such as <c>appraisals[2025]</c>; never personal data.</param>
public sealed record StepDownFinding(StepDownTrigger Trigger, StepDownCategory Category, string RuleId, string Evidence)
{
    /// <summary>Where the evidence came from (SX-PD-00), for a finding whose evidence names its source.</summary>
    public EvidenceSource? Source { get; init; }
}
