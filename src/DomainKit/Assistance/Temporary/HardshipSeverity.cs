namespace DomainKit.Assistance;

/// <summary>How severe a temporary hardship is (TA-05).</summary>
public enum HardshipSeverity
{
    /// <summary>A minor emergency, met by a small flat sum.</summary>
    Minor = 1,

    /// <summary>Moderate: the lower number of months of the standard for the category and need.</summary>
    Moderate = 2,

    /// <summary>Serious: the higher number of months.</summary>
    Serious = 3,
}
