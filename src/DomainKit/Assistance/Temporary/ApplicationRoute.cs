namespace DomainKit.Assistance;

/// <summary>Where a temporary-assistance application goes (TA-04).</summary>
public enum ApplicationRoute
{
    /// <summary>The township (street) government of residence.</summary>
    Township = 1,

    /// <summary>The county relief agency (救助管理机构).</summary>
    CountyReliefAgency = 2,
}
