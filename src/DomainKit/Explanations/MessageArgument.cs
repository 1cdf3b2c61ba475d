namespace DomainKit.Explanations;

/// <summary>A named value filled into a step's reason: either a culture-invariant text or a term translated per language.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class MessageArgument
{
    private MessageArgument(string name, string? text, string? termKey)
    {
        Name = name;
        Text = text;
        TermKey = termKey;
    }

    /// <summary>The placeholder name in the message template.</summary>
    public string Name { get; }

    /// <summary>The value as text, the same in every language (numbers, amounts, dates); null for a term.</summary>
    public string? Text { get; }

    /// <summary>The message key of a term translated per language (such as a relation); null for a text.</summary>
    public string? TermKey { get; }

    internal static MessageArgument Of(string name, string text) => new(name, text, null);

    internal static MessageArgument Term(string name, string termKey) => new(name, null, termKey);

    internal string Render(Language language) => Text ?? MessageCatalog.Get(language, TermKey!);
}
