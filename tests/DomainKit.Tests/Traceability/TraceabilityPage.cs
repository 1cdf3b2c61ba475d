using System.Globalization;
using System.Text;
using DomainKit.Policies;

namespace DomainKit.Tests.Traceability;

/// <summary>Writes docs/traceability.md: every catalogued rule, where it is implemented and what checks it.</summary>
internal static class TraceabilityPage
{
    public const string RelativePath = "docs/traceability.md";

    public static string Write(RuleCatalogue catalogue, RuleCitations citations)
    {
        var page = new StringBuilder();
        page.Append("""
            # Rule traceability

            Every rule of the policy specification, from the rule catalogue (`docs/rules/catalogue.json`): where the
            library implements it, which tests and scenario files check it, and the parameters that hold its values,
            with the provenance of those values in each bundled preset. Tags say how sure the source is: SEED (the
            seed essays), P (primary legal text), S (secondary or local copy), U (recalled, not confirmed), D (no
            source found).

            This page is generated: `TraceabilityTest` fails when it is out of date, and
            `DOMAINKIT_WRITE_DOCS=1 dotnet test DomainKit.sln -c Release --filter TraceabilityTest` rewrites it. The
            same test fails when a catalogued rule is neither implemented nor out of scope with a reason, when the
            code cites an ID the catalogue lacks, or when an implemented rule has no test or scenario citing it.

            Tests cite a rule by its ID in their code, by a trait (`[Trait("rule", "EX-04")]`, so
            `dotnet test --filter rule=EX-04` runs them), or by its compact form in their name (`Ex01_…`).


            """.Replace("\r\n", "\n", StringComparison.Ordinal));

        var implemented = catalogue.Rules.Count(r => r.IsImplemented);
        page.Append(CultureInfo.InvariantCulture, $"{catalogue.Rules.Count} rules: {implemented} implemented, {catalogue.Rules.Count - implemented} out of scope.\n\n");
        page.Append("| rule | title | tags | status | code | tests | scenarios |\n|---|---|---|---|---:|---:|---:|\n");
        foreach (var rule in catalogue.Rules)
        {
            page.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}](#{Anchor(rule.Id)}) | {Cell(rule.Title)} | {string.Join(", ", rule.Tags)} | {rule.Status} | {Count(citations.Code, rule.Id)} | {Count(citations.Tests, rule.Id)} | {Count(citations.Scenarios, rule.Id)} |\n");
        }

        foreach (var section in catalogue.Rules.GroupBy(r => r.Section))
        {
            page.Append(CultureInfo.InvariantCulture, $"\n## {section.Key}\n");
            foreach (var rule in section)
            {
                WriteRule(page, rule, citations);
            }
        }

        return page.ToString();
    }

    private static void WriteRule(StringBuilder page, CataloguedRule rule, RuleCitations citations)
    {
        page.Append(CultureInfo.InvariantCulture, $"\n### {rule.Id}\n\n{rule.Title}. Source: {rule.Source}.\n\n");
        if (!rule.IsImplemented)
        {
            page.Append(CultureInfo.InvariantCulture, $"Out of scope: {rule.Reason}\n");
            return;
        }

        page.Append("- Implemented in: ").Append(List(citations.Code, rule.Id)).Append('\n');
        page.Append("- Tests: ").Append(List(citations.Tests, rule.Id)).Append('\n');
        page.Append("- Scenarios: ").Append(List(citations.Scenarios, rule.Id)).Append('\n');
        var parameters = ParameterCatalog.All.Where(p => p.RuleId == rule.Id).OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        if (parameters.Length == 0)
        {
            return;
        }

        page.Append('\n').Append("| parameter | unit | ").Append(string.Join(" | ", PolicySets.BundledIds)).Append(" |\n|---|---|");
        page.Append(string.Concat(PolicySets.BundledIds.Select(_ => "---|"))).Append('\n');
        foreach (var parameter in parameters)
        {
            page.Append(CultureInfo.InvariantCulture, $"| `{parameter.Id}` | {parameter.UnitToken} |");
            foreach (var id in PolicySets.BundledIds)
            {
                page.Append(' ').Append(Provenance(PolicySets.Bundled(id).Value, parameter)).Append(" |");
            }

            page.Append('\n');
        }
    }

    // The kinds of source behind a parameter's values in a preset, such as "primary (2 values)".
    private static string Provenance(PolicySet policy, PolicyParameter parameter)
    {
        var timeline = policy.Timelines.FirstOrDefault(t => t.Parameter == parameter);
        if (timeline is null)
        {
            return parameter.RequiresLocalValue ? "local value required" : "not set";
        }

        return string.Join(", ", timeline.Provenances
            .GroupBy(p => p.Kind)
            .OrderBy(g => g.Key)
            .Select(g => g.Count() == 1
                ? DomainKit.Policies.SourceKinds.ToToken(g.Key)
                : string.Create(CultureInfo.InvariantCulture, $"{DomainKit.Policies.SourceKinds.ToToken(g.Key)} ({g.Count()} values)")));
    }

    private static string Count(IReadOnlyDictionary<string, SortedSet<string>> map, string id) =>
        map.TryGetValue(id, out var set) ? set.Count.ToString(CultureInfo.InvariantCulture) : "0";

    private static string List(IReadOnlyDictionary<string, SortedSet<string>> map, string id) =>
        map.TryGetValue(id, out var set) ? string.Join(", ", set.Select(s => $"`{s}`")) : "none";

    private static string Anchor(string id) => id.ToLowerInvariant();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
