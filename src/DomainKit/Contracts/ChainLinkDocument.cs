using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>An event's link in its history's hash chain (<see cref="Assistance.CaseHistoryChain"/>).</summary>
[Description("An event's link in its history's hash chain.")]
public sealed record ChainLinkDocument
{
    /// <summary>The hash function, such as <c>sha256</c>.</summary>
    [Description("The hash function, such as sha256 (or sm3 where an integrator registers it).")]
    public required string Algorithm { get; init; }

    /// <summary>The chain hash of every event before this one, in lower-case hex; 64 zeros before the first.</summary>
    [Description("The chain hash of every event before this one, in lower-case hex; 64 zeros before the first event.")]
    public required string Previous { get; init; }
}
