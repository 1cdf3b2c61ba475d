using System.Text.Json;
using System.Text.Json.Serialization;

namespace DomainKit.Contracts;

/// <summary>
/// An enum as its contract token, the member's name with its first letter in lower case (<c>servingSentence</c>),
/// as every hand-written reader and writer of the library spells it; numbers are refused.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class TokenEnumConverter<T>() : JsonStringEnumConverter<T>(FirstLetterLower.Instance, allowIntegerValues: false)
    where T : struct, Enum
{
    private sealed class FirstLetterLower : JsonNamingPolicy
    {
        public static readonly FirstLetterLower Instance = new();

        public override string ConvertName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
    }
}
