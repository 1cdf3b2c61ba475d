namespace DomainKit.Explanations;

/// <summary>A language explanations can be rendered in.</summary>
public enum Language
{
    /// <summary>English (<c>en</c>).</summary>
    English = 1,

    /// <summary>Simplified Chinese (<c>zh-CN</c>).</summary>
    ChineseSimplified = 2,
}
