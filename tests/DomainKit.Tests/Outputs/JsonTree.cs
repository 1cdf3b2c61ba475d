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
