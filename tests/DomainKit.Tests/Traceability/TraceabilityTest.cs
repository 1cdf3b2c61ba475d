using Xunit.Abstractions;

namespace DomainKit.Tests.Traceability;

/// <summary>
/// The rule catalogue against the repository and the run: every rule implemented or out of scope with a reason, no
/// ID cited in code that the catalogue lacks, every implemented rule cited by an explanation step in some test's or
/// scenario's run (mentions in comments, names or approved outputs do not count), and docs/traceability.md up to date.
/// These tests run after every other (<see cref="TraceabilityLastOrderer"/>); the run-time checks need the whole suite.
/// </summary>
public class TraceabilityTest(ITestOutputHelper output)
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly RuleCatalogue Catalogue = RuleCatalogue.Load(Root);
    private static readonly RuleCitations Citations = RuleCitations.Scan(Root);
    private static readonly string[] Statuses = [RuleCatalogue.ImplementedStatus, RuleCatalogue.PartialStatus, RuleCatalogue.OutOfScopeStatus];
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
            if (rule.IsInCode && !cited)
            {
                problems.Add($"{rule.Id} is marked {rule.Status}, but no file under src/ cites it.");
            }

            if (!rule.IsImplemented && string.IsNullOrWhiteSpace(rule.Reason))
            {
                problems.Add($"{rule.Id} is {rule.Status} without a reason.");
            }

            if (!rule.IsInCode && cited)
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
    public void EveryImplementedRule_IsCitedByARun_OrTheCatalogueSaysWhyItCannotBe()
    {
        if (!WholeSuiteRan())
        {
            return;
        }

        var problems = Problems(Catalogue, CitationLedger.Citations);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void ARuleCitedOnlyInCommentsOrApprovedOutputs_IsReported()
    {
        // The check above, on a run in which nothing cited DB-01 but a test mentioned it: the mention is not enough.
        var runs = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal) { ["DB-02"] = new(StringComparer.Ordinal) { "DibaoTest.X" } };
        var catalogue = new RuleCatalogue
        {
            Rules =
            [
                new CataloguedRule { Id = "DB-01", Section = "s", Title = "t", Source = "s", Tags = ["P"], Status = RuleCatalogue.ImplementedStatus },
                new CataloguedRule { Id = "DB-02", Section = "s", Title = "t", Source = "s", Tags = ["P"], Status = RuleCatalogue.ImplementedStatus },
                new CataloguedRule { Id = "DB-03", Section = "s", Title = "t", Source = "s", Tags = ["P"], Status = RuleCatalogue.ImplementedStatus, NoStep = "validation only" },
                new CataloguedRule { Id = "DB-07", Section = "s", Title = "t", Source = "s", Tags = ["P"], Status = RuleCatalogue.OutOfScopeStatus, Reason = "r", NoStep = "x" },
            ],
        };
        Assert.Equal(
            [
                "DB-01 is implemented, but no test or scenario run makes the library cite it in an explanation step.",
                "DB-07 is out-of-scope, so it has no reason to give for producing no explanation step.",
            ],
            Problems(catalogue, runs));
        runs["DB-03"] = new(StringComparer.Ordinal) { "DibaoTest.Y" };
        Assert.Contains("DB-03 is listed as producing no explanation step, but DibaoTest.Y makes the library cite it.", Problems(catalogue, runs));
    }

    private static List<string> Problems(RuleCatalogue catalogue, IReadOnlyDictionary<string, SortedSet<string>> runs)
    {
        var problems = new List<string>();
        foreach (var rule in catalogue.Rules)
        {
            var cited = runs.TryGetValue(rule.Id, out var by) && by.Count > 0;
            if (!rule.IsImplemented && rule.NoStep is not null)
            {
                problems.Add($"{rule.Id} is {rule.Status}, so it has no reason to give for producing no explanation step.");
            }
            else if (rule.IsImplemented && rule.NoStep is null && !cited)
            {
                problems.Add($"{rule.Id} is implemented, but no test or scenario run makes the library cite it in an explanation step.");
            }
            else if (rule.IsImplemented && rule.NoStep is not null && cited)
            {
                problems.Add($"{rule.Id} is listed as producing no explanation step, but {string.Join(", ", by!)} makes the library cite it.");
            }
        }

        return problems;
    }

    // The run-time checks read what the rest of the suite cited; a filtered run cannot say, so they pass without checking.
    private bool WholeSuiteRan()
    {
        var notRun = RuntimeCitations.NotRun();
        if (notRun.Count > 0)
        {
            output.WriteLine($"Not checked: {notRun.Count} tests of the suite did not run before this one (a filtered run), such as {string.Join(", ", notRun.Take(3))}.");
        }

        return notRun.Count == 0;
    }

    [Fact]
    public void TheTraceabilityPage_IsUpToDate()
    {
        if (!WholeSuiteRan())
        {
            return;
        }

        var expected = TraceabilityPage.Write(Catalogue, Citations, CitationLedger.Citations);
        var path = Path.Combine(Root, TraceabilityPage.RelativePath);
        if (Environment.GetEnvironmentVariable("DOMAINKIT_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        Assert.True(
            expected == actual,
            $"{TraceabilityPage.RelativePath} is out of date; rewrite it with DOMAINKIT_WRITE_DOCS=1 dotnet test DomainKit.sln -c Release");
    }
}
