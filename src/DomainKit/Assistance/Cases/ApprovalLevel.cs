namespace DomainKit.Assistance;

/// <summary>The level that approved a case (TA-02): the county, or the township for sums the policy delegates to it.</summary>
public enum ApprovalLevel
{
    /// <summary>The county civil-affairs department, which approves every sum.</summary>
    County = 1,

    /// <summary>The township or subdistrict office, which approves temporary assistance up to the delegated limit.</summary>
    Township = 2,
}
