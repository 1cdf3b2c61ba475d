using System.Collections.Frozen;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Validation;

namespace DomainKit.Cli;

/// <summary>
/// The tool's own words in the language the user chose with <c>--lang</c>: each line is written in the code as its
/// English template (an interpolated string), and Messages/zh-CN.json translates the template. Validation errors
/// from the library are given through <see cref="ValidationMessages"/>. Nothing here depends on the machine's culture.
/// </summary>
internal sealed class CliText
{
    private static readonly Lazy<FrozenDictionary<string, string>> Chinese = new(() => Load("zh-CN"));

    public CliText(Language language) => Language = language;

    public Language Language { get; }

    /// <summary>The templates the Simplified Chinese catalogue translates, for checking it against the code.</summary>
    internal static IReadOnlyCollection<string> TranslatedTemplates => Chinese.Value.Keys;

    /// <summary>Each template the Simplified Chinese catalogue translates, with its translation.</summary>
    internal static IReadOnlyDictionary<string, string> Translations => Chinese.Value;

    /// <summary>An amount as the chosen language writes it: ¥1350.00 in English, 1350.00元 in Chinese.</summary>
    public string Amount(Money amount) => ExplanationValue.FormatAmount(amount, Language);

    /// <summary>A contract's token as the chosen language reads it: the token itself in English, the catalogue's term in Chinese.</summary>
    public string Term(string token, string termKey) =>
        Language == Language.ChineseSimplified ? MessageCatalog.Get(Language, termKey) : token;

    /// <summary>A line of the tool in the chosen language.</summary>
    public string Say(TranslatableText text) =>
        Language == Language.ChineseSimplified && Chinese.Value.TryGetValue(text.Template, out var template)
            ? ValidationMessages.Fill(template, text.Arguments)
            : text.Render();

    /// <summary>A validation error's message in the chosen language, whether the tool or the library raised it.</summary>
    public string Say(ValidationError error) =>
        Language == Language.ChineseSimplified && error is LocalizedValidationError localized && Chinese.Value.TryGetValue(localized.Template, out var template)
            ? ValidationMessages.Fill(template, localized.Arguments)
            : ValidationMessages.Render(error, Language);

    private static FrozenDictionary<string, string> Load(string tag)
    {
        using var stream = typeof(CliText).Assembly.GetManifestResourceStream($"DomainKit.Cli.Messages.{tag}.json")
            ?? throw new InvalidOperationException($"The tool's message catalogue {tag} is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
