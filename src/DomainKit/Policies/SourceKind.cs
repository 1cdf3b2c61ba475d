namespace DomainKit.Policies;

/// <summary>How sure a parameter value is, following the tags of the policy specification.</summary>
public enum SourceKind
{
    /// <summary>Stated in the seed essays ([SEED]).</summary>
    Seed = 1,

    /// <summary>Read in the primary legal text ([P]).</summary>
    Primary = 2,

    /// <summary>Quoted by a secondary or local copy ([S]).</summary>
    Secondary = 3,

    /// <summary>Recalled from a named document but not confirmed ([U]); check before relying on it.</summary>
    Unconfirmed = 4,

    /// <summary>No source ([D]): a value shown only to illustrate; an integrator must set the real one.</summary>
    Illustrative = 5,
}
