namespace DomainKit.Policies;

/// <summary>The stable tokens that name each <see cref="SourceKind"/> in JSON and explanations.</summary>
internal static class SourceKinds
{
    public static string ToToken(SourceKind kind) => kind switch
    {
        SourceKind.Seed => "seed",
        SourceKind.Primary => "primary",
        SourceKind.Secondary => "secondary",
        SourceKind.Unconfirmed => "unconfirmed",
        SourceKind.Illustrative => "illustrative",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown source kind."),
    };

    public static bool TryParse(string? token, out SourceKind kind)
    {
        kind = token switch
        {
            "seed" => SourceKind.Seed,
            "primary" => SourceKind.Primary,
            "secondary" => SourceKind.Secondary,
            "unconfirmed" => SourceKind.Unconfirmed,
            "illustrative" => SourceKind.Illustrative,
            _ => 0,
        };
        return kind != 0;
    }
}
