using System.Text.Json.Nodes;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Walks and edits a JSON document field by field, for outputs that break a document one field at a time. A path is
/// written like <c>applicant.name</c> or <c>tasks[0].needs</c>; arrays are entered through their first item only.
/// </summary>
internal static class JsonTree
{
    /// <summary>Every field under the node, nested ones included, each before the fields inside it, as a path with its value.</summary>
    public static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonNode? node, string path = "")
    {
        if (path.Length > 0)
        {
            yield return (path, node);
        }

        var children = node switch
        {
            JsonObject o => o.Select(property => (Path: path.Length == 0 ? property.Key : $"{path}.{property.Key}", Node: property.Value)),
            JsonArray { Count: > 0 } a => [(Path: $"{path}[0]", Node: a[0])],
            _ => [],
        };
        foreach (var (childPath, child) in children)
        {
            foreach (var leaf in Leaves(child, childPath))
            {
                yield return leaf;
            }
        }
    }

    /// <summary>
    /// The changes to an object or an array that break its shape: the other kind of container, empty ones, a null or
    /// repeated item, a bad item after a good one, and a string. None for a single value.
    /// </summary>
    public static IEnumerable<(string Label, JsonNode? Value)> ShapeChanges(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject:
                yield return ("{}", new JsonObject());
                yield return ("[]", new JsonArray());
                yield return ("a string", JsonValue.Create("text"));
                yield break;
            case JsonArray array:
                yield return ("[]", new JsonArray());
                yield return ("[null]", new JsonArray((JsonNode?)null));
                yield return ("its first item twice", new JsonArray([.. array.Select(i => i?.DeepClone()), array[0]?.DeepClone()]));
                yield return ("its first item, then a string", new JsonArray(array[0]?.DeepClone(), JsonValue.Create("text")));
                yield return ("a string", JsonValue.Create("text"));
                yield return ("{}", new JsonObject());
                yield break;
        }
    }

    /// <summary>A copy of the object with the field at the path replaced, or removed.</summary>
    public static JsonObject With(JsonObject document, string path, JsonNode? value, bool remove = false)
    {
        var copy = (JsonObject)document.DeepClone();
        JsonNode parent = copy;
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.');
        foreach (var part in parts[..^1])
        {
            parent = part == "[0]" ? parent.AsArray()[0]! : parent[part]!;
        }

        var last = parts[^1];
        if (last == "[0]")
        {
            var array = parent.AsArray();
            array.RemoveAt(0);
            if (!remove)
            {
                array.Insert(0, value);
            }
        }
        else if (remove)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = value;
        }

        return copy;
    }
}
