using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;

namespace DomainKit.Cli;

/// <summary>The readable text form of a decision.</summary>
internal static class DecisionText
{
    public static void Write(CliText text, TextWriter output, DibaoDecision decision, PolicySet policy)
    {
        var language = text.Language;
        output.WriteLine(decision.Summary(language));
        output.WriteLine();
        output.Write(decision.Explanation.Render(language));
        var illustrative = decision.Explanation.AllSteps
            .SelectMany(s => s.Parameters)
            .Where(p => p.Provenance.Kind is SourceKind.Illustrative or SourceKind.Unconfirmed)
            .Select(p => p.Parameter.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (illustrative.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(text.Say($"Note: in policy {(text.Language == Explanations.Language.ChineseSimplified ? policy.NameIn(text.Language) : policy.Id)} these parameters are illustrative or unconfirmed: {string.Join(", ", illustrative)}. Use the locality's published figures."));
        }
    }
}
