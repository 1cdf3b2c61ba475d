using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>An input field an explanation step read.</summary>
[Description("An input field a step read.")]
public sealed record InputUseDocument
{
    /// <summary>The field's JSON path, such as <c>members[1].birthDate</c>.</summary>
    [Description("The field's JSON path, such as members[1].birthDate.")]
    public required string Path { get; init; }

    /// <summary>The value read, as text.</summary>
    [Description("The value read, as text.")]
    public required string Value { get; init; }
}
