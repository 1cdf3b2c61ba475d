using System.Text;
using System.Text.RegularExpressions;

namespace DomainKit.Tests.Validation;

/// <summary>
/// Finds the English message templates in the library's source: the last argument of every call that raises a
/// validation error (<c>Errors.At</c>, <c>Fail</c>, <c>Errors.Failure</c>, <c>WithError</c>, <c>Invalid</c>), as the
/// compiler's interpolated-string handler sees it: literal text with <c>{0}</c>, <c>{1}</c> … for the holes.
/// Arguments that are not string literals (a message passed on by a helper) are not templates and are skipped.
/// </summary>
internal static partial class MessageTemplateScanner
{
    /// <summary>The calls that raise a validation error in the library.</summary>
    public static readonly string[] LibraryMarkers = ["Errors.At(", "Fail(", "Errors.Failure(", ".WithError(", "Invalid(", "Add(ref errors,"];

    /// <summary>The calls that write a line of the command-line tool or raise one of its errors.</summary>
    public static readonly string[] ToolMarkers = ["Say(", "Errors.Of(", "Fail("];

    public static IReadOnlyCollection<(string File, string Template)> Scan(string folder, string[] markers) =>
        [.. Directory.GetFiles(folder, "*.cs.txt", SearchOption.AllDirectories).SelectMany(file => Templates(File.ReadAllText(file), markers).Select(t => (Path.GetFileName(file), t)))];

    public static IEnumerable<string> Templates(string source, string[] markers)
    {
        var constants = Constants().Matches(source).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        foreach (var marker in markers)
        {
            for (var at = source.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = source.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                if (marker is "Fail(" or "Invalid(" or "Say(" && at > 0 && char.IsLetterOrDigit(source[at - 1]))
                {
                    continue;
                }

                var arguments = Arguments(source, at + marker.Length);
                if (arguments.Count == 0)
                {
                    continue;
                }

                var last = arguments[^1].Trim();
                if (constants.TryGetValue(last, out var constant))
                {
                    last = constant;
                }

                if (last.Length > 0 && last[0] is '$' or '@' or '"')
                {
                    var (end, parts) = ReadString(last, 0);
                    if (end == last.Length)
                    {
                        yield return Join(parts);
                    }
                }
            }
        }
    }

    private static string Join(List<string> parts)
    {
        var template = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            template.Append(parts[i]);
            if (i < parts.Count - 1)
            {
                template.Append('{').Append(i).Append('}');
            }
        }

        return template.ToString();
    }

    /// <summary>The top-level arguments of a call whose opening parenthesis ends just before <paramref name="start"/>.</summary>
    private static List<string> Arguments(string source, int start)
    {
        var arguments = new List<string>();
        var depth = 1;
        var from = start;
        var i = start;
        while (i < source.Length)
        {
            var c = source[i];
            if (StartsString(source, i))
            {
                i = ReadString(source, i).End;
                continue;
            }

            if (c == '\'')
            {
                i += source[i + 1] == '\\' ? 4 : 3;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
                if (depth == 0)
                {
                    arguments.Add(source[from..i]);
                    return arguments;
                }
            }
            else if (c == ',' && depth == 1)
            {
                arguments.Add(source[from..i]);
                from = i + 1;
            }

            i++;
        }

        return arguments;
    }

    private static bool StartsString(string source, int i) =>
        source[i] == '"' || (source[i] is '$' or '@' && i + 1 < source.Length && source[i + 1] is '"' or '$' or '@');

    /// <summary>Reads a C# string literal (regular, verbatim or interpolated) from <paramref name="i"/>: where it ends and its literal parts.</summary>
    private static (int End, List<string> Parts) ReadString(string s, int i)
    {
        var interpolated = false;
        var verbatim = false;
        while (s[i] is '$' or '@')
        {
            interpolated |= s[i] == '$';
            verbatim |= s[i] == '@';
            i++;
        }

        i++;
        var parts = new List<string> { string.Empty };
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\\' && !verbatim)
            {
                parts[^1] += s[i + 1] switch { 'n' => "\n", 't' => "\t", var other => other.ToString() };
                i += 2;
            }
            else if (c == '"')
            {
                if (verbatim && i + 1 < s.Length && s[i + 1] == '"')
                {
                    parts[^1] += "\"";
                    i += 2;
                    continue;
                }

                return (i + 1, parts);
            }
            else if (interpolated && c == '{' && s[i + 1] == '{')
            {
                parts[^1] += "{";
                i += 2;
            }
            else if (interpolated && c == '}' && s[i + 1] == '}')
            {
                parts[^1] += "}";
                i += 2;
            }
            else if (interpolated && c == '{')
            {
                i = SkipHole(s, i + 1);
                parts.Add(string.Empty);
            }
            else
            {
                parts[^1] += c;
                i++;
            }
        }

        return (s.Length, parts);
    }

    private static int SkipHole(string s, int i)
    {
        var depth = 1;
        while (i < s.Length)
        {
            if (StartsString(s, i))
            {
                i = ReadString(s, i).End;
                continue;
            }

            if (s[i] == '\'')
            {
                i += s[i + 1] == '\\' ? 4 : 3;
                continue;
            }

            depth += s[i] switch { '{' => 1, '}' => -1, _ => 0 };
            i++;
            if (depth == 0)
            {
                return i;
            }
        }

        return i;
    }

    [GeneratedRegex("""(?:const string|string) (\w+)(?: =|\s*=>)\s*("(?:[^"\\]|\\.)*");""")]
    private static partial Regex Constants();
}
