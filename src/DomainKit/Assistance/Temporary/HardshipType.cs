namespace DomainKit.Assistance;

/// <summary>The type of a temporary hardship (TA-01).</summary>
public enum HardshipType
{
    /// <summary>Emergency (急难型): accident, sudden major illness, disaster.</summary>
    Emergency = 1,

    /// <summary>Expenditure (支出型): necessary spending suddenly beyond the household's capacity.</summary>
    Expenditure = 2,

    /// <summary>Other special hardship.</summary>
    OtherSpecial = 3,
}
