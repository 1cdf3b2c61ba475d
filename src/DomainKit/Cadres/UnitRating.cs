namespace DomainKit.Cadres;

/// <summary>How a cadre's unit was rated for a year (PD-07 (1)), from the best.</summary>
public enum UnitRating
{
    /// <summary>Good or better.</summary>
    Good = 1,

    /// <summary>一般 average.</summary>
    Average = 2,

    /// <summary>较差 poor.</summary>
    Poor = 3,
}
