using System.Globalization;
using System.Text;
using DomainKit.Policies;

namespace DomainKit.Tests.Traceability;

/// <summary>Writes docs/traceability.md: every catalogued rule, where it is implemented and what checks it.</summary>
internal static class TraceabilityPage
{
    public const string RelativePath = "docs/traceability.md";

    public static string Write(RuleCatalogue catalogue, RuleCitations citations, IReadOnlyDictionary<string, SortedSet<string>> runs)
    {
        var page = new StringBuilder();
        page.Append("""
            # Rule traceability

            Every rule of the policy specification, from the rule catalogue (`docs/rules/catalogue.json`): where the
            library implements it, which tests and scenario files make the library cite it when they run, and the
            parameters that hold its values, with the provenance of those values in each bundled preset. Tags say how
            sure the source is: SEED (the seed essays), P (primary legal text), S (secondary or local copy), U
            (recalled, not confirmed), D (no source found).

            Traceability is by what runs. While the suite runs, every explanation step the library builds reports its
            rule ID, and the step is credited to the test, or the scenario file, that was running. A rule counts as
            checked only when some run makes the library cite it: an ID in a comment, a test's name or trait, or an
            approved-output file does not count, and neither do the runs of the approved-output tests
            (`DomainKit.Tests.Outputs`), which are a net for change, not evidence that a rule is right. Rules that by
            nature produce no explanation step (a rule only validation applies, for example) say why in the
            catalogue (`noStep`).

            This page is generated: `TraceabilityTest` runs after every other test and fails when the page is out of
            date, when a catalogued rule is neither implemented nor out of scope with a reason, when the code cites an
            ID the catalogue lacks, or when an implemented rule is cited by no run and the catalogue does not say why.
            `DOMAINKIT_WRITE_DOCS=1 dotnet test DomainKit.sln -c Release` rewrites it; the run-time checks need the
            whole suite, so a filtered run skips them. `[Trait("rule", "EX-04")]` still lets
            `dotnet test --filter rule=EX-04` run a rule's tests.


            """.Replace("\r\n", "\n", StringComparison.Ordinal));

        var implemented = catalogue.Rules.Count(r => r.IsImplemented);
        var partial = catalogue.Rules.Count(r => r.Status == RuleCatalogue.PartialStatus);
        var noStep = catalogue.Rules.Count(r => r.IsImplemented && r.NoStep is not null);
        page.Append(CultureInfo.InvariantCulture, $"{catalogue.Rules.Count} rules: {implemented} implemented ({implemented - noStep} cited by runs, {noStep} producing no explanation step by nature), {partial} partly implemented, {catalogue.Rules.Count - implemented - partial} out of scope.\n\n");
        page.Append("| rule | title | tags | status | code | tests that cite it | scenario files that cite it |\n|---|---|---|---|---:|---:|---:|\n");
        foreach (var rule in catalogue.Rules)
        {
            page.Append(CultureInfo.InvariantCulture, $"| [{rule.Id}](#{Anchor(rule.Id)}) | {Cell(rule.Title)} | {string.Join(", ", rule.Tags)} | {rule.Status} | {Count(citations.Code, rule.Id)} | {Tests(runs, rule.Id).Count()} | {Scenarios(runs, rule.Id).Count()} |\n");
        }

        foreach (var section in catalogue.Rules.GroupBy(r => r.Section))
        {
            page.Append(CultureInfo.InvariantCulture, $"\n## {section.Key}\n");
            foreach (var rule in section)
            {
                WriteRule(page, rule, citations, runs);
            }
        }

        return page.ToString();
    }

    private static void WriteRule(StringBuilder page, CataloguedRule rule, RuleCitations citations, IReadOnlyDictionary<string, SortedSet<string>> runs)
    {
        page.Append(CultureInfo.InvariantCulture, $"\n### {rule.Id}\n\n{rule.Title}. Source: {rule.Source}.\n\n");
        if (!rule.IsInCode)
        {
            page.Append(CultureInfo.InvariantCulture, $"Out of scope: {rule.Reason}\n");
            return;
        }

        if (!rule.IsImplemented)
        {
            page.Append(CultureInfo.InvariantCulture, $"Partly implemented. {rule.Reason}\n\n");
        }

        page.Append("- Implemented in: ").Append(List(citations.Code, rule.Id)).Append('\n');
        if (rule.NoStep is { } noStep)
        {
            page.Append("- No explanation step: ").Append(noStep).Append('\n');
        }
        else
        {
            page.Append("- Tests whose runs cite it: ").Append(Join(Tests(runs, rule.Id))).Append('\n');
            page.Append("- Scenario files whose runs cite it: ").Append(Join(Scenarios(runs, rule.Id))).Append('\n');
        }

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
        map.TryGetValue(id, out var set) ? Join(set) : "none";

    private static string Join(IEnumerable<string> items) => items.Any() ? string.Join(", ", items.Select(s => $"`{s}`")) : "none";

    private const string ScenarioFolder = "tests/scenarios/";

    private static IEnumerable<string> Tests(IReadOnlyDictionary<string, SortedSet<string>> runs, string id) =>
        runs.TryGetValue(id, out var set) ? set.Where(s => !s.StartsWith(ScenarioFolder, StringComparison.Ordinal)) : [];

    private static IEnumerable<string> Scenarios(IReadOnlyDictionary<string, SortedSet<string>> runs, string id) =>
        runs.TryGetValue(id, out var set) ? set.Where(s => s.StartsWith(ScenarioFolder, StringComparison.Ordinal)) : [];

    private static string Anchor(string id) => id.ToLowerInvariant();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
