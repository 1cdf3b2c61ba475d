using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>referToCharity</c> command: refers an unmet need to a charity project the service runs (ZF-MP-01).</summary>
[Description("Refers an unmet need to a charity project the service runs (ZF-MP-01).")]
public sealed record ReferToCharityActionDocument : CaseActionDocument
{
    /// <summary>The project's ID, one the service runs; its terms are the service's, never the command's.</summary>
    [Description("The project's ID, one the service runs; its terms are the service's, never the command's.")]
    public required string ProjectId { get; init; }

    /// <summary>The need referred.</summary>
    [Description("The need referred.")]
    public required Need Need { get; init; }

    /// <summary>The programmes the household is in, for the project's criteria; none when left out.</summary>
    [Description("The programmes the household is in, for the project's criteria; none when left out.")]
    public ImmutableArray<Programme>? Standing { get; init; }
}
