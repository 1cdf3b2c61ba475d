using DomainKit.Contracts;
using DomainKit.Explanations;
using DomainKit.Serialization;

namespace DomainKit.Policies;

/// <summary>
/// Writes the policy sets a service offers (contract <c>domainkit/policy-list@1</c>, documented in
/// docs/json-contracts.md): each by ID, version, content hash, name and description in the reader's language, and region.
/// </summary>
/// <remarks>Output is deterministic under any culture. This class is thread-safe.</remarks>
public static class PolicyListJson
{
    /// <summary>The contract <see cref="Write"/> writes.</summary>
    public const string Schema = PolicyListDocument.SchemaName;

    /// <summary>Writes a list of policy sets, in the order given.</summary>
    /// <param name="policies">The sets.</param>
    /// <param name="defaultId">The ID of the set used when a request names none; null when there is none.</param>
    /// <param name="language">The language of names and descriptions.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or one of its sets is null.</exception>
    public static string Write(IEnumerable<PolicySet> policies, string? defaultId, Language language)
    {
        ArgumentNullException.ThrowIfNull(policies);
        var sets = policies.ToList();
        foreach (var policy in sets)
        {
            ArgumentNullException.ThrowIfNull(policy, nameof(policies));
        }

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("language", Languages.ToTag(language));
            if (defaultId is not null)
            {
                w.WriteString("default", defaultId);
            }

            w.WriteStartArray("policies");
            foreach (var policy in sets)
            {
                w.WriteStartObject();
                w.WriteString("id", policy.Id);
                w.WriteString("version", policy.Version);
                w.WriteString("contentHash", policy.ContentHash);
                w.WriteString("name", policy.NameIn(language));
                w.WriteString("description", policy.DescriptionIn(language));
                if (policy.Region is { } region)
                {
                    w.WriteString("region", region.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
