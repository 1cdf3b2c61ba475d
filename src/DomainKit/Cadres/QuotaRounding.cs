namespace DomainKit.Cadres;

/// <summary>How a fractional excellent quota becomes a whole number of people (CA-06).</summary>
public enum QuotaRounding
{
    /// <summary>Half or more rounds up, less rounds down.</summary>
    HalfUp = 1,

    /// <summary>Any fraction rounds up.</summary>
    Up = 2,

    /// <summary>Any fraction is dropped.</summary>
    Down = 3,
}
