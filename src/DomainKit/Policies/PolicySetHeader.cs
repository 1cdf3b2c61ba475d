namespace DomainKit.Policies;

/// <summary>The identifying fields of a policy set, validated before its timelines.</summary>
internal sealed record PolicySetHeader(string? Id, string? Name, string? Version);
