using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Explanations;

namespace DomainKit.Validation;

/// <summary>Gives validation messages in English or Simplified Chinese.</summary>
/// <remarks>
/// Every message the library writes has an English template, kept beside the check that raises it; the
/// Simplified Chinese catalogue (Validation/Messages/zh-CN.json) translates each template, and separately the few
/// fixed words a template takes as an argument (such as the JSON type names in "Expected a number but found a
/// string"). Arguments that are data (numbers, dates, names from the input) are kept as they are. The
/// <see cref="ValidationError.ErrorMessage"/> of an error is always English; paths and codes never change with
/// the language. This class is thread-safe.
/// </remarks>
public static class ValidationMessages
{
    private static readonly Lazy<Catalogue> Chinese = new(() => Catalogue.Load("zh-CN"));

    /// <summary>The message of an error in a language.</summary>
    /// <param name="error">An error returned by this library (or any other; one it does not know stays as it is).</param>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string Render(ValidationError error, Language language)
    {
        ArgumentNullException.ThrowIfNull(error);
        _ = Languages.ToTag(language);
        if (language == Language.English)
        {
            return error.ErrorMessage;
        }

        var catalogue = Chinese.Value;
        if (error is LocalizedValidationError localized && catalogue.Messages.TryGetValue(localized.Template, out var template))
        {
            return Fill(template, [.. localized.Arguments.Select(argument => Term(catalogue.Terms, argument))]);
        }

        return error.ErrorMessage is { } message && catalogue.Messages.TryGetValue(message, out var fixedText) ? fixedText : error.ErrorMessage ?? string.Empty;
    }

    /// <summary>
    /// An argument in the catalogue's words: a term it translates, or a list of such terms ("Acceptance, Review", as a
    /// message names the stages a command is allowed at) translated item by item and joined with the enumeration comma;
    /// anything else as it is.
    /// </summary>
    private static string Term(FrozenDictionary<string, string> terms, string argument)
    {
        if (terms.TryGetValue(argument, out var term))
        {
            return term;
        }

        var items = argument.Split(", ");
        return items.Length > 1 && items.All(terms.ContainsKey) ? string.Join("、", items.Select(item => terms[item])) : argument;
    }

    /// <summary>The errors with their messages in a language; paths, codes and severities are unchanged.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="language">The language.</param>
    /// <returns>New error values, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static IReadOnlyList<ValidationError> Localize(IEnumerable<ValidationError> errors, Language language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return [.. errors.Select(error => new ValidationError(error.Identifier, Render(error, language), error.ErrorCode, error.Severity))];
    }

    /// <summary>The templates the Simplified Chinese catalogue translates, for checking it against the code.</summary>
    internal static IReadOnlyCollection<string> TranslatedTemplates => Chinese.Value.Messages.Keys;

    /// <summary>Each template the Simplified Chinese catalogue translates, with its translation.</summary>
    internal static IReadOnlyDictionary<string, string> ChineseTemplates => Chinese.Value.Messages;

    /// <summary>The argument words the Simplified Chinese catalogue translates.</summary>
    internal static IReadOnlyDictionary<string, string> TranslatedTerms => Chinese.Value.Terms;

    /// <summary>Puts arguments into a template's <c>{0}</c>, <c>{1}</c> … places.</summary>
    internal static string Fill(string template, ImmutableArray<string> arguments)
    {
        if (arguments.IsDefaultOrEmpty)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close > i + 1 && int.TryParse(template.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < arguments.Length)
            {
                text.Append(arguments[index]);
                i = close;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        return text.ToString();
    }

    private sealed record Catalogue(FrozenDictionary<string, string> Messages, FrozenDictionary<string, string> Terms)
    {
        public static Catalogue Load(string tag)
        {
            var resource = $"DomainKit.Validation.Messages.{tag}.json";
            using var stream = typeof(ValidationMessages).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The validation message catalogue {tag} is missing from the assembly.");
            using var document = JsonDocument.Parse(stream);
            return new Catalogue(Section(document.RootElement, "messages"), Section(document.RootElement, "terms"));
        }

        private static FrozenDictionary<string, string> Section(JsonElement root, string name) =>
            root.GetProperty(name).EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
