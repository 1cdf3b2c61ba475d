using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace DomainKit.Explanations;

/// <summary>
/// The message templates of each language, loaded once from the embedded catalogues
/// (Explanations/Messages/en.json, zh-CN.json). Templates name their placeholders, such as
/// <c>{standard}</c>, so translations may reorder them.
/// </summary>
internal static class MessageCatalog
{
    private static readonly FrozenDictionary<string, string> English = Load("en");
    private static readonly FrozenDictionary<string, string> Chinese = Load("zh-CN");

    public static IReadOnlyDictionary<string, string> For(Language language) => language switch
    {
        Language.English => English,
        Language.ChineseSimplified => Chinese,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    public static string Get(Language language, string key) =>
        For(language).TryGetValue(key, out var template)
            ? template
            : throw new InvalidOperationException($"Message '{key}' has no {Languages.ToTag(language)} template.");

    /// <summary>A template the catalogue may or may not hold, such as the term of a name a policy file chose.</summary>
    public static bool TryGet(Language language, string key, out string template) =>
        For(language).TryGetValue(key, out template!);

    public static string Format(Language language, string key, IReadOnlyList<MessageArgument> arguments)
    {
        var template = Get(language, key);
        var text = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new InvalidOperationException($"Message '{key}' has an unclosed placeholder.");
            }

            text.Append(template, position, open - position);
            var name = template.AsSpan(open + 1, close - open - 1);
            var bar = name.IndexOf('|');
            if (bar < 0)
            {
                text.Append(Find(arguments, name, key).Render(language));
            }
            else
            {
                // {count|month|months}: the word for the count, so that English reads "1 month" and "2 months".
                var forms = name[(bar + 1)..];
                var split = forms.IndexOf('|');
                if (split < 0)
                {
                    throw new InvalidOperationException($"Message '{key}' has a plural placeholder without two forms.");
                }

                var count = Find(arguments, name[..bar], key).Text;
                text.Append(count == "1" ? forms[..split] : forms[(split + 1)..]);
            }

            position = close + 1;
        }

        return text.ToString();
    }

    private static MessageArgument Find(IReadOnlyList<MessageArgument> arguments, ReadOnlySpan<char> name, string key)
    {
        foreach (var argument in arguments)
        {
            if (name.SequenceEqual(argument.Name))
            {
                return argument;
            }
        }

        throw new InvalidOperationException($"Message '{key}' needs an argument named '{name}'.");
    }

    private static FrozenDictionary<string, string> Load(string tag)
    {
        var resource = $"DomainKit.Explanations.Messages.{tag}.json";
        using var stream = typeof(MessageCatalog).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The message catalogue {tag} is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
