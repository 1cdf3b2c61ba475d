namespace DomainKit.Assistance;

/// <summary>Who delivered a service recorded on a case (ZF-MP-03).</summary>
public enum ServiceProvider
{
    /// <summary>A social organisation.</summary>
    SocialOrganisation = 1,

    /// <summary>Volunteers.</summary>
    Volunteer = 2,

    /// <summary>A provider whose service the government bought, such as care for the elderly.</summary>
    PurchasedByGovernment = 3,
}
