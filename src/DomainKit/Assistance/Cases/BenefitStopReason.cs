namespace DomainKit.Assistance;

/// <summary>Why a monthly benefit stops (DB-09): the ground named in the written reasons given to the household.</summary>
public enum BenefitStopReason
{
    /// <summary>Per-capita income is no longer below the standard.</summary>
    IncomeAboveStandard = 1,

    /// <summary>The household's property no longer passes the property test (HH-05).</summary>
    PropertyAboveLimit = 2,

    /// <summary>The household changed so that it no longer qualifies (members joined or left).</summary>
    HouseholdChanged = 3,

    /// <summary>The household's registration moved out of the county.</summary>
    MovedAway = 4,

    /// <summary>The only recipient died.</summary>
    RecipientDied = 5,

    /// <summary>The household refused, without good reason, to take part in the review.</summary>
    ReviewRefused = 6,
}
