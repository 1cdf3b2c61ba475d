namespace DomainKit.Explanations;

/// <summary>What one step of an explanation found.</summary>
public enum StepOutcome
{
    /// <summary>A figure was worked out; nothing was tested.</summary>
    Computed = 1,

    /// <summary>A condition was tested and holds.</summary>
    Passed = 2,

    /// <summary>A condition was tested and does not hold; the step's reason says why.</summary>
    Failed = 3,
}
