namespace DomainKit.Assistance;

/// <summary>The stage of schooling a member is in (ED-01).</summary>
public enum SchoolStage
{
    /// <summary>Not in school.</summary>
    None = 0,

    /// <summary>Primary school (compulsory).</summary>
    Primary = 1,

    /// <summary>Junior secondary school (compulsory).</summary>
    JuniorSecondary = 2,

    /// <summary>Senior secondary school (discretionary).</summary>
    SeniorSecondary = 3,

    /// <summary>Secondary or higher vocational school (discretionary).</summary>
    Vocational = 4,

    /// <summary>Tertiary education (discretionary).</summary>
    Tertiary = 5,

    /// <summary>A disabled child unable to attend school, taught at home (送教上门).</summary>
    HomeTaught = 6,
}
