namespace DomainKit.Explanations;

/// <summary>Converts between <see cref="Language"/> and IETF language tags.</summary>
public static class Languages
{
    /// <summary>The IETF tag of a language: <c>en</c> or <c>zh-CN</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string ToTag(Language language) => language switch
    {
        Language.English => "en",
        Language.ChineseSimplified => "zh-CN",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <summary>Reads an IETF tag, ignoring case: <c>en</c>, <c>zh-CN</c> (also <c>zh</c> and <c>zh-Hans</c>).</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="language">The language when the tag is known.</param>
    /// <returns><see langword="true"/> when the tag names a supported language.</returns>
    public static bool TryParse(string? tag, out Language language)
    {
        language = tag?.ToUpperInvariant() switch
        {
            "EN" or "EN-US" or "EN-GB" => Language.English,
            "ZH" or "ZH-CN" or "ZH-HANS" or "ZH-HANS-CN" => Language.ChineseSimplified,
            _ => 0,
        };
        return language != 0;
    }
}
