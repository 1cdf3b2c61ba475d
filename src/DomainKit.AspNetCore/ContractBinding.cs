using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DomainKit.Contracts;

namespace DomainKit.AspNetCore;

/// <summary>
/// Makes the contract documents bind as strictly as the library's readers and the published schemas, whatever the
/// application's JSON options allow for its own types (the web defaults read numbers from strings, skip unknown
/// properties and take null for anything).
/// </summary>
/// <remarks>
/// Only the contract types change; the application's other types keep its options. A document the readers would
/// refuse (an unknown property, such as a forged <c>approved</c> flag; a number written as text; null where the
/// contract has no null) fails to bind, and the endpoint answers 400 before any handler runs.
/// </remarks>
internal static class ContractBinding
{
    public static IJsonTypeInfoResolver Resolver { get; } = ContractJsonContext.Default.WithAddedModifier(MakeStrict);

    private static void MakeStrict(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Assembly != typeof(ContractJsonContext).Assembly)
        {
            return;
        }

        info.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        info.NumberHandling = JsonNumberHandling.Strict;
        foreach (var property in info.Properties)
        {
            if (property.IsSetNullable || property.Set is not { } set)
            {
                continue;
            }

            var name = property.Name;
            property.Set = (target, value) =>
            {
                if (value is null)
                {
                    throw new JsonException($"'{name}' cannot be null.");
                }

                set(target, value);
            };
        }
    }
}
