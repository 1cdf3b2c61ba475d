using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// Turns a YAML node into the JSON the library's strict readers take, so scenario inputs are checked exactly as
/// JSON inputs are. A plain scalar that reads as a number, <c>true</c>, <c>false</c> or <c>null</c> becomes one;
/// a quoted scalar, and every other plain one, stays a string (so dates such as 2026-03-01 stay text).
/// </summary>
internal static partial class YamlJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(YamlNode node) => ToJson(node, new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The node as JSON, with the line of every JSON path in <paramref name="lines"/> (the root's path is empty).</summary>
    /// <remarks>Keys are plain values and nesting is bounded: <see cref="YamlBounds"/> has checked the file first.</remarks>
    public static string ToJson(YamlNode node, Dictionary<string, int> lines)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, node, string.Empty, lines);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node, string path, Dictionary<string, int> lines)
    {
        lines.TryAdd(path, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                    writer.WritePropertyName(name);
                    Write(writer, value, path.Length == 0 ? name : path + "." + name, lines);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    Write(writer, item, $"{path}[{index++}]", lines);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            writer.WriteStringValue(text);
        }
        else if (text is "true" or "false")
        {
            writer.WriteBooleanValue(text == "true");
        }
        else if (text is "null" or "~" or "")
        {
            writer.WriteNullValue();
        }
        else if (JsonNumber().IsMatch(text))
        {
            // Written as the literal text, so 950.00 reaches the reader with its two decimals.
            writer.WriteRawValue(text, skipInputValidation: false);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial Regex JsonNumber();
}
