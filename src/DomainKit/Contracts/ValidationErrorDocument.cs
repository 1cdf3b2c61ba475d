using System.ComponentModel;

namespace DomainKit.Contracts;

/// <summary>One problem of a <see cref="ValidationErrorsDocument"/>.</summary>
[Description("One problem.")]
public sealed record ValidationErrorDocument
{
    /// <summary>The JSON path of the field, such as <c>members[2].incomes[0].amount</c>; empty for the document itself.</summary>
    [Description("The JSON path of the field, such as members[2].incomes[0].amount; empty for the document itself.")]
    public required string Path { get; init; }

    /// <summary>The stable error code, such as <c>money.notExact</c>.</summary>
    [Description("The stable error code, such as money.notExact.")]
    public required string Code { get; init; }

    /// <summary>The message, which may be reworded between versions.</summary>
    [Description("The message, in the language asked for; it may be reworded between versions.")]
    public required string Message { get; init; }
}
