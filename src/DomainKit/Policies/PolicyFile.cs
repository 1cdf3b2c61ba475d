namespace DomainKit.Policies;

/// <summary>
/// One policy file as written, before its base is resolved: the set of its own header and timelines, the base it
/// names (a bundled ID or a file relative to it), and the parameters whose values it adds to the base's timeline
/// rather than replacing it.
/// </summary>
internal sealed record PolicyFile(PolicySet Own, string? BasedOn, IReadOnlySet<PolicyParameter> Added);
