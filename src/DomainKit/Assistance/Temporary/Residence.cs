namespace DomainKit.Assistance;

/// <summary>The applicant's residence, which decides where temporary assistance is applied for (TA-04).</summary>
public enum Residence
{
    /// <summary>Registered locally (本地户籍).</summary>
    LocalRegistered = 1,

    /// <summary>Holds a local residence permit.</summary>
    ResidencePermit = 2,

    /// <summary>Neither: helped to apply to the county relief agency.</summary>
    NonResident = 3,
}
