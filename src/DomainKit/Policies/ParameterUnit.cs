namespace DomainKit.Policies;

/// <summary>The unit a policy parameter's values are stated in.</summary>
public enum ParameterUnit
{
    /// <summary>An amount of yuan.</summary>
    Yuan = 1,

    /// <summary>An amount of yuan per month, such as a dibao standard.</summary>
    YuanPerMonth = 2,

    /// <summary>A share of something, such as 80% (written 0.8).</summary>
    Fraction = 3,

    /// <summary>A multiple of another amount, such as 1.5 × the dibao standard.</summary>
    Multiple = 4,

    /// <summary>A number of calendar months.</summary>
    Months = 5,

    /// <summary>A number of years.</summary>
    Years = 6,

    /// <summary>A number of calendar days.</summary>
    Days = 7,

    /// <summary>A number of working days on the supplied calendar.</summary>
    WorkingDays = 8,

    /// <summary>A plain count, such as a number of homes.</summary>
    Count = 9,

    /// <summary>A structured scheme, such as a chain of medical-assistance stages.</summary>
    Scheme = 10,

    /// <summary>A set of names, such as the groups a scheme covers.</summary>
    Set = 11,

    /// <summary>An amount of yuan per year, such as per-capita disposable income.</summary>
    YuanPerYear = 12,

    /// <summary>A choice among named alternatives, such as which rule applies.</summary>
    Choice = 13,

    /// <summary>A table from one set of names to another, such as need to department.</summary>
    Table = 14,
}
