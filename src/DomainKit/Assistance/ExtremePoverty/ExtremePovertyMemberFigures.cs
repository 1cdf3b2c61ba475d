namespace DomainKit.Assistance;

/// <summary>One counted member's extreme-poverty tests (TK-01 to TK-04), computed without allocating.</summary>
internal readonly struct ExtremePovertyMemberFigures(WorkInability inability, long ownIncomeFen, bool incomePasses, bool noSupporter)
{
    public WorkInability Inability { get; } = inability;

    /// <summary>TK-03: the member's own counted income over the window.</summary>
    public long OwnIncomeFen { get; } = ownIncomeFen;

    /// <summary>TK-03: own income below standard × window months (the property test is the household's).</summary>
    public bool IncomePasses { get; } = incomePasses;

    /// <summary>TK-01: nobody able to support the member.</summary>
    public bool NoSupporter { get; } = noSupporter;

    public bool Eligible(bool propertyPasses) => Inability != WorkInability.None && IncomePasses && propertyPasses && NoSupporter;
}
