using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using DomainKit.Assistance;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/case-schedule@1</c> contract: a case's time limits on a date (written by <see cref="CaseScheduleJson.WriteSchedule"/>).</summary>
[Description("Every time limit that has started on a case, as of a date, with the parameters the policy does not set.")]
public sealed record CaseScheduleDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/case-schedule@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The case.</summary>
    [Description("The case, 1 to 64 characters.")]
    public required string CaseId { get; init; }

    /// <summary>The case's version.</summary>
    [Range(1, 100000)]
    [Description("The case's version: the number of its events.")]
    public required int Version { get; init; }

    /// <summary>The stage the case is at.</summary>
    [Description("The stage the case is at (ZF-WF-03).")]
    public required CaseStage Stage { get; init; }

    /// <summary>The date of the check.</summary>
    [Description("The date of the check: lateness and days left are as of this day.")]
    public required LocalDate AsOf { get; init; }

    /// <summary>The time limits, in the order they started.</summary>
    [Description("The time limits, in the order they started.")]
    public required ImmutableArray<CaseDeadlineDocument> Deadlines { get; init; }

    /// <summary>The parameters limits on the case need and the policy does not set.</summary>
    [Description("The parameters that limits on the case need and the policy does not set: such a limit is never treated as met.")]
    public required ImmutableArray<string> NotSet { get; init; }
}
