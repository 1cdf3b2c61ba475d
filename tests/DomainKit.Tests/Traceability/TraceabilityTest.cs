namespace DomainKit.Tests.Traceability;

/// <summary>
/// The rule catalogue against the repository: every rule implemented or out of scope with a reason, no ID cited
/// in code that the catalogue lacks, every implemented rule checked by a test or a scenario, and
/// docs/traceability.md up to date.
/// </summary>
public class TraceabilityTest
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.Load(Root);
    private static readonly RuleCitations Citations = RuleCitations.Scan(Root, Catalogue.Rules.Select(r => r.Id));
    private static readonly string[] Statuses = [RuleCatalogue.ImplementedStatus, RuleCatalogue.OutOfScopeStatus];
    private static readonly string[] Tags = ["SEED", "P", "S", "U", "D"];

    [Fact]
    public void TheCatalogue_HasEachRuleOnce_WithATitleASourceAndAKnownStatus()
    {
        Assert.NotEmpty(Catalogue.Rules);
        Assert.Equal(Catalogue.Rules.Count, Catalogue.Rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Catalogue.Rules, rule =>
        {
            Assert.Matches(RuleCitations.IdPattern(), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Source), rule.Id);
            Assert.Contains(rule.Status, Statuses);
            Assert.All(rule.Tags, tag => Assert.Contains(tag, Tags));
        });
    }

    [Fact]
    public void EveryImplementedRule_IsCitedByTheCode_AndEveryOtherIsOutOfScopeWithAReason()
    {
        var problems = new List<string>();
        foreach (var rule in Catalogue.Rules)
        {
            var cited = Citations.Code.ContainsKey(rule.Id);
            if (rule.IsImplemented && !cited)
            {
                problems.Add($"{rule.Id} is marked implemented, but no file under src/ cites it.");
            }

            if (!rule.IsImplemented && string.IsNullOrWhiteSpace(rule.Reason))
            {
                problems.Add($"{rule.Id} is out of scope without a reason.");
            }

            if (!rule.IsImplemented && cited)
            {
                problems.Add($"{rule.Id} is marked out of scope, but {string.Join(", ", Citations.Code[rule.Id])} cite it.");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TheCode_CitesOnlyCataloguedRules()
    {
        var known = Catalogue.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = Citations.Code.Where(c => !known.Contains(c.Key)).Select(c => $"{c.Key} in {string.Join(", ", c.Value)}").ToList();
        Assert.True(unknown.Count == 0, "Cited but not catalogued in docs/rules/catalogue.json:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void EveryImplementedRule_IsCheckedByATestOrAScenario()
    {
        var unchecked_ = Catalogue.Rules
            .Where(r => r.IsImplemented && !Citations.Tests.ContainsKey(r.Id) && !Citations.Scenarios.ContainsKey(r.Id))
            .Select(r => r.Id)
            .ToList();
        Assert.True(unchecked_.Count == 0, "No test or scenario cites: " + string.Join(", ", unchecked_));
    }

    [Fact]
    public void TheCompactForm_IsHowTestNamesWriteAnId()
    {
        Assert.Equal("Db01", RuleCitations.CompactForm("DB-01"));
        Assert.Equal("ZfMa02", RuleCitations.CompactForm("ZF-MA-02"));
        Assert.Equal("ZfAcc01", RuleCitations.CompactForm("ZF-ACC-01"));
    }

    [Fact]
    public void TheTraceabilityPage_IsUpToDate()
    {
        var expected = TraceabilityPage.Write(Catalogue, Citations);
        var path = Path.Combine(Root, TraceabilityPage.RelativePath);
        if (Environment.GetEnvironmentVariable("DOMAINKIT_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        Assert.True(
            expected == actual,
            $"{TraceabilityPage.RelativePath} is out of date; rewrite it with DOMAINKIT_WRITE_DOCS=1 dotnet test DomainKit.sln -c Release --filter TraceabilityTest");
    }
}
