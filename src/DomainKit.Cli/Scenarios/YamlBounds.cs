using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// Checks a YAML text's shape as a stream of parser events, before any node tree is built or turned into JSON: nesting
/// no deeper than <see cref="MaxDepth"/>, at most <see cref="MaxExpandedNodes"/> nodes once every alias is expanded, and
/// only plain values as mapping keys, no alias inside the collection its anchor names, and only the characters YAML
/// allows. Building the tree recurses once per level and expanding aliases can grow without bound (a 1.5 KB file of
/// nested aliases expands to gigabytes), so both are measured here first, in a loop whose memory is one entry per open
/// collection and per anchor.
/// </summary>
internal static class YamlBounds
{
    /// <summary>No scenario nests deeper than a few levels; this leaves ample room.</summary>
    public const int MaxDepth = 64;

    /// <summary>Ten times the node count of the largest bundled scenario file, with every alias expanded.</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>The first problem, as its line and a message to translate; null when the text is within bounds.</summary>
    /// <exception cref="YamlException">The text is not valid YAML; the caller reports it with its position.</exception>
    public static (long Line, string Problem)? Check(string yaml, CliText text)
    {
        if (FirstForbiddenCharacterLine(yaml) is { } forbidden)
        {
            return (forbidden, text.Say($"the file holds a control character, which YAML does not allow."));
        }

        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(bool IsMapping, long Start, string? Anchor, long Line, int Children)>();
        var anchors = new Dictionary<string, (long Size, bool IsScalar)>(StringComparer.Ordinal);
        long nodes = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            var line = current.Start.Line;
            var atKey = open.Count > 0 && open.Peek().IsMapping && open.Peek().Children % 2 == 0;
            switch (current)
            {
                case DocumentStart:
                    // Anchors belong to their document: an alias cannot reach into the one before.
                    anchors.Clear();
                    continue;
                case MappingStart or SequenceStart:
                    if (atKey)
                    {
                        return (line, text.Say($"a key must be a plain value, not a list or a mapping."));
                    }

                    if (open.Count >= MaxDepth)
                    {
                        return (line, text.Say($"the nesting is deeper than {MaxDepth} levels, which no scenario needs."));
                    }

                    nodes++;
                    var anchor = ((NodeEvent)current).Anchor;
                    open.Push((current is MappingStart, nodes, anchor.IsEmpty ? null : anchor.Value, line, 0));
                    continue;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    if (closed.Anchor is not null)
                    {
                        anchors[closed.Anchor] = (nodes - closed.Start + 1, false);
                    }

                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = (1, true);
                    }

                    break;
                case AnchorAlias alias:
                    if (open.Any(collection => collection.Anchor == alias.Value.Value))
                    {
                        // Found by fuzzing: the parser's tree then holds itself, and hashing it overflows the stack.
                        return (line, text.Say($"an alias names a list or mapping that contains it."));
                    }

                    if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        return (line, text.Say($"an alias names no anchor defined before it."));
                    }

                    if (atKey && !target.IsScalar)
                    {
                        return (line, text.Say($"a key must be a plain value, not a list or a mapping."));
                    }

                    nodes += target.Size;
                    break;
                default:
                    continue;
            }

            if (nodes > MaxExpandedNodes)
            {
                return (line, text.Say($"with its aliases expanded the file has more than {MaxExpandedNodes} values, which no scenario file needs."));
            }

            if (open.Count > 0)
            {
                var parent = open.Pop();
                open.Push(parent with { Children = parent.Children + 1 });
            }
        }

        return null;
    }

    /// <summary>
    /// The line of the first character outside YAML's printable set (tab, line breaks, and every other character from
    /// U+0020 on except DEL, the C1 controls and U+FFFE/U+FFFF); null when there is none. Found by fuzzing: YamlDotNet's
    /// scanner takes tens of seconds over a 1 KB file holding a NUL, counting millions of lines that are not there.
    /// </summary>
    private static long? FirstForbiddenCharacterLine(string yaml)
    {
        long line = 1;
        for (var index = 0; index < yaml.Length; index++)
        {
            var character = yaml[index];
            if (character == '\n' || (character == '\r' && (index + 1 == yaml.Length || yaml[index + 1] != '\n')))
            {
                line++;
            }
            else if (character is < ' ' and not '\t' and not '\r' || character is >= '\u007F' and <= '\u009F' and not '\u0085' || character is '\uFFFE' or '\uFFFF')
            {
                return line;
            }
        }

        return null;
    }
}
