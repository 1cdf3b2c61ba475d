using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DomainKit.Validation;

/// <summary>
/// A message as its English template and its arguments: a validation message, or a line of the command-line tool.
/// Written where the message arises as an ordinary
/// interpolated string, such as <c>$"At most {max} items are allowed."</c>; the compiler hands the literal parts and the
/// values over separately, so the template <c>At most {0} items are allowed.</c> is the message's key in the other
/// languages' catalogues, and the arguments are formatted once, culture-invariantly.
/// </summary>
[InterpolatedStringHandler]
internal struct TranslatableText
{
    private readonly StringBuilder? template;
    private readonly ImmutableArray<string>.Builder? arguments;

    public TranslatableText(int literalLength, int formattedCount)
    {
        template = new StringBuilder(literalLength + (formattedCount * 3));
        arguments = ImmutableArray.CreateBuilder<string>(formattedCount);
    }

    private TranslatableText(string text)
    {
        template = new StringBuilder(text);
        arguments = null;
    }

    /// <summary>The English template, with <c>{0}</c>, <c>{1}</c> … where the arguments go.</summary>
    public readonly string Template => template?.ToString() ?? string.Empty;

    /// <summary>The arguments, formatted culture-invariantly.</summary>
    public readonly ImmutableArray<string> Arguments => arguments?.ToImmutable() ?? [];

    /// <summary>A message with no arguments: the text is its own template.</summary>
    public static implicit operator TranslatableText(string text) => new(text);

    public readonly void AppendLiteral(string literal) => template!.Append(literal);

    public readonly void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public readonly void AppendFormatted<T>(T value, string? format)
    {
        template!.Append('{').Append(arguments!.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
        arguments.Add(value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        });
    }

    /// <summary>The message in English: the template with its arguments in place.</summary>
    public readonly string Render() => ValidationMessages.Fill(Template, Arguments);
}
