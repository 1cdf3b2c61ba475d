using System.Collections.Immutable;
using System.Text;
using DomainKit.Policies;

namespace DomainKit.Explanations;

/// <summary>Why a decision came out as it did: a tree of steps, each citing its rule, parameters and inputs.</summary>
/// <remarks>
/// Instances are immutable and thread-safe. Rendering is culture-invariant apart from the chosen language.
/// A programme's decision builds its explanation when it is first asked for (see <see cref="Assistance.AssistanceDecision.Explanation"/>).
/// </remarks>
public sealed class Explanation
{
    internal Explanation(ImmutableArray<ExplanationStep> steps) => Steps = steps.IsDefault ? [] : steps;

    /// <summary>The top-level steps in the order the rule took them.</summary>
    public ImmutableArray<ExplanationStep> Steps { get; }

    /// <summary>Every step, depth first, parents before children.</summary>
    public IEnumerable<ExplanationStep> AllSteps => Steps.SelectMany(Flatten);

    /// <summary>The distinct rule IDs the explanation cites, in order of first appearance.</summary>
    public IEnumerable<string> CitedRuleIds => AllSteps.Select(s => s.RuleId).Distinct(StringComparer.Ordinal);

    /// <summary>Renders the explanation as indented text in a language, one step per line, with its parameters and inputs beneath.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string Render(Language language)
    {
        var text = new StringBuilder();
        foreach (var step in Steps)
        {
            Render(step, language, 0, text);
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Render(Language.English);

    private static string ParameterValue(ParameterUsage parameter, Language language) => parameter.ValueIn(language);

    private static IEnumerable<ExplanationStep> Flatten(ExplanationStep step) =>
        step.Children.SelectMany(Flatten).Prepend(step);

    private static void Render(ExplanationStep step, Language language, int depth, StringBuilder text)
    {
        var indent = new string(' ', depth * 2);
        var marker = MessageCatalog.Get(language, step.Outcome switch
        {
            StepOutcome.Passed => MessageKeys.LabelPassed,
            StepOutcome.Failed => MessageKeys.LabelFailed,
            _ => MessageKeys.LabelComputed,
        });
        text.Append(indent).Append('[').Append(marker).Append("] ").Append(step.RuleId).Append(' ').Append(step.Reason(language)).Append('\n');
        foreach (var parameter in step.Parameters)
        {
            // A value of a layered set names its layer beside its source: "Yantai city layer: illustrative: …".
            var layer = parameter.Provenance.Layer;
            text.Append(indent).Append("    ").Append(MessageCatalog.Format(
                language,
                layer is null ? MessageKeys.LabelParameter : MessageKeys.LabelParameterLayered,
                [
                    MessageArgument.Of("id", parameter.Parameter.Id),
                    MessageArgument.Of("value", ParameterValue(parameter, language)),
                    MessageArgument.Term("unit", parameter.Parameter.UnitTermKey),
                    MessageArgument.Of("from", Dates.Format(parameter.EffectiveFrom)),
                    MessageArgument.Of("layer", layer?.NameIn(language) ?? string.Empty),
                    MessageArgument.Term("source", MessageKeys.SourceTerm(parameter.Provenance.Kind)),
                    MessageArgument.Of("citation", parameter.Provenance.CitationIn(language)),
                ])).Append('\n');
        }

        foreach (var input in step.Inputs)
        {
            text.Append(indent).Append("    ").Append(MessageCatalog.Format(
                language,
                MessageKeys.LabelInput,
                [MessageArgument.Of("path", input.Path), MessageArgument.Of("value", input.ValueIn(language))])).Append('\n');
        }

        foreach (var child in step.Children)
        {
            Render(child, language, depth + 1, text);
        }
    }
}
