using System.Collections.Immutable;
using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/errors@1</c> contract: the problems that made an input invalid.</summary>
[Description("Why an input was refused: every problem with its path and stable code.")]
public sealed record ValidationErrorsDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/errors@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The problems, in the order found.</summary>
    [Description("The problems, in the order found.")]
    public required ImmutableArray<ValidationErrorDocument> Errors { get; init; }
}
