using System.Collections.Immutable;
using Ardalis.Result;

namespace DomainKit.Validation;

/// <summary>
/// A validation error that remembers the template and arguments of its message, so that
/// <see cref="ValidationMessages.Render(ValidationError, Explanations.Language)"/> can give it in another language.
/// Its <see cref="ValidationError.ErrorMessage"/> is the English text.
/// </summary>
internal sealed class LocalizedValidationError : ValidationError
{
    public LocalizedValidationError(string path, string code, string template, ImmutableArray<string> arguments)
        : base(path, ValidationMessages.Fill(template, arguments), code, ValidationSeverity.Error)
    {
        Template = template;
        Arguments = arguments;
    }

    public string Template { get; }

    public ImmutableArray<string> Arguments { get; }
}
