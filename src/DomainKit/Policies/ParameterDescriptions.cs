using System.Collections.Frozen;
using System.Text.Json;

namespace DomainKit.Policies;

/// <summary>The Simplified Chinese descriptions of the parameters, keyed by parameter ID (Policies/Messages/zh-CN.json).</summary>
internal static class ParameterDescriptions
{
    public static readonly FrozenDictionary<string, string> Chinese = Load("zh-CN");

    private static FrozenDictionary<string, string> Load(string tag)
    {
        using var stream = typeof(ParameterDescriptions).Assembly.GetManifestResourceStream($"DomainKit.Policies.Messages.{tag}.json")
            ?? throw new InvalidOperationException($"The parameter descriptions {tag} are missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }
}
