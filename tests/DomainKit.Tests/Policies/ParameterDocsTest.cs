using DomainKit.Policies;

namespace DomainKit.Tests.Policies;

/// <summary>docs/parameters.md must list every parameter with its rule and unit, so the documentation cannot drift from the catalogue.</summary>
public class ParameterDocsTest
{
    [Fact]
    public void ParametersDoc_HasARowForEveryParameter_WithItsRuleAndUnit()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "docs", "parameters.md"));
        var rows = doc.Split('\n').Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(ParameterCatalog.All.Length, rows.Count);
        foreach (var parameter in ParameterCatalog.All)
        {
            Assert.Contains(rows, row => row.StartsWith($"| `{parameter.Id}` | {parameter.RuleId} | {parameter.UnitToken} |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RuleIdsDoc_ListsEveryRuleAParameterBelongsTo()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "docs", "policy-spec-ids.md"));
        foreach (var rule in ParameterCatalog.All.Select(p => p.RuleId).Distinct())
        {
            Assert.Contains($"| {rule} |", doc, StringComparison.Ordinal);
        }
    }
}
