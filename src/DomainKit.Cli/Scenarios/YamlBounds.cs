using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DomainKit.Cli.Scenarios;

/// <summary>
/// Checks a YAML text's shape as a stream of parser events, before any node tree is built or turned into JSON: nesting
/// no deeper than <see cref="MaxDepth"/>, at most <see cref="MaxExpandedNodes"/> nodes once every alias is expanded, and
/// only plain values as mapping keys. Building the tree recurses once per level and expanding aliases can grow without
/// bound (a 1.5 KB file of nested aliases expands to gigabytes), so both are measured here first, in a loop whose
/// memory is one entry per open collection and per anchor.
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
}
