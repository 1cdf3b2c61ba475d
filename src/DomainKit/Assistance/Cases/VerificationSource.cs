namespace DomainKit.Assistance;

/// <summary>The registers the county checks a declaration against, with the household's authorisation (VR-02, ZF-VR-01).</summary>
public enum VerificationSource
{
    /// <summary>Household registration.</summary>
    Registration = 1,

    /// <summary>Tax records.</summary>
    Tax = 2,

    /// <summary>Social insurance.</summary>
    SocialInsurance = 3,

    /// <summary>Real estate registration.</summary>
    RealEstate = 4,

    /// <summary>Business registration.</summary>
    BusinessRegistration = 5,

    /// <summary>The housing provident fund.</summary>
    HousingFund = 6,

    /// <summary>Vehicle registration.</summary>
    Vehicles = 7,

    /// <summary>Banks.</summary>
    Banks = 8,

    /// <summary>Insurers.</summary>
    Insurers = 9,

    /// <summary>Securities accounts.</summary>
    Securities = 10,
}
