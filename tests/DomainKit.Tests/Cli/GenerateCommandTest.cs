using DomainKit.Assistance;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary><c>domainkit generate</c>: a reproducible synthetic population, one valid household per line.</summary>
public class GenerateCommandTest
{
    [Fact]
    public void TheSameSeed_GivesTheSamePopulation_EachLineAValidHousehold()
    {
        var first = Run("generate", "--households", "200", "--seed", "42").Output;
        Assert.Equal(first, Run("generate", "--households", "200", "--seed", "42").Output);
        Assert.NotEqual(first, Run("generate", "--households", "200", "--seed", "43").Output);
        var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        Assert.All(lines, line => Assert.True(HouseholdJson.Parse(line).IsSuccess, line));
    }

    [Fact]
    public void ItWritesToAFile_AndRefusesABadSize()
    {
        var file = Path.Combine(Path.GetTempPath(), $"population-{Guid.NewGuid():N}.jsonl");
        Assert.Equal(0, Run("generate", "--households", "3", "--out", file).Code);
        Assert.Equal(3, File.ReadAllLines(file).Length);
        var (code, _, error) = Run("generate", "--households", "0");
        Assert.Equal(2, code);
        Assert.Equal("error: --households: between 1 and 100,000,000 households.", error.Trim());
    }
}
