using System.Collections.Immutable;
using System.ComponentModel;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/accountability@1</c> contract: every late step as of a date (written by <see cref="CaseScheduleJson.WriteAccountability"/>).</summary>
[Description("Every late step of the cases as of a date, the most working days late first, traced to the stage and person answerable (ZF-ACC-01).")]
public sealed record AccountabilityDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/accountability@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The date of the report.</summary>
    [Description("The date of the report.")]
    public required LocalDate AsOf { get; init; }

    /// <summary>The late steps.</summary>
    [Description("The late steps, most working days late first, then by case and limit.")]
    public required ImmutableArray<AccountabilityLineDocument> Lines { get; init; }

    /// <summary>The parameters some case needed and the policy does not set.</summary>
    [Description("The parameters some case needed and the policy does not set: a limit without one is never treated as met.")]
    public required ImmutableArray<string> NotSet { get; init; }
}
