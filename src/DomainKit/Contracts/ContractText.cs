using System.Text.Json;
using NodaTime.Text;

namespace DomainKit.Contracts;

/// <summary>Reads a NodaTime value from a JSON string for the contract converters.</summary>
internal static class ContractText
{
    /// <summary>
    /// Parses the current string token with a pattern; a token of another kind, or text the pattern refuses, is a
    /// <see cref="JsonException"/>, as every other shape error of the contract documents is. The text is not repeated
    /// in the message, since a refused value may be personal data.
    /// </summary>
    public static T Parse<T>(ref Utf8JsonReader reader, IPattern<T> pattern, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {what} as a string.");
        }

        var parsed = pattern.Parse(reader.GetString()!);
        return parsed.Success ? parsed.Value : throw new JsonException($"Not {what} in the ISO form.");
    }
}
