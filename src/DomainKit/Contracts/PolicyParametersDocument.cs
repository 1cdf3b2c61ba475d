using System.Collections.Immutable;
using System.ComponentModel;
using NodaTime;

namespace DomainKit.Contracts;

/// <summary>The <c>domainkit/policy-parameters@1</c> contract: a policy set's parameters with their dated values and provenance, as a reader asks for them.</summary>
[Description("A policy set's parameters with their dated values, provenance and text in the reader's language: every parameter with the value in effect on a date, or one parameter's whole history.")]
public sealed record PolicyParametersDocument
{
    /// <summary>The contract's name and version.</summary>
    public const string SchemaName = "domainkit/policy-parameters@1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [Description("The contract and its version.")]
    public required string Schema { get; init; }

    /// <summary>The policy set's ID.</summary>
    [Description("The policy set's ID.")]
    public required string Policy { get; init; }

    /// <summary>The policy set's version.</summary>
    [Description("The policy set's version.")]
    public required string PolicyVersion { get; init; }

    /// <summary>The SHA-256 of the policy set as a policy file.</summary>
    [Description("sha256: and 64 hex digits: the hash of the policy set as a policy file.")]
    public required string PolicyContentHash { get; init; }

    /// <summary>The set's name in the reader's language.</summary>
    [Description("The set's name in the reader's language.")]
    public required string Name { get; init; }

    /// <summary>The date asked about; absent in a history asked for without one.</summary>
    [Description("The date asked about: the value in effect then is the one listed, or the one marked inEffect in a history; absent in a history asked for without a date.")]
    public LocalDate? Date { get; init; }

    /// <summary>The language of descriptions and value texts: en or zh-CN.</summary>
    [Description("The language of descriptions and value texts: en or zh-CN.")]
    public required string Language { get; init; }

    /// <summary>The parameters, by ID.</summary>
    [Description("The parameters, in order of ID.")]
    public required ImmutableArray<ParameterViewDocument> Parameters { get; init; }
}
