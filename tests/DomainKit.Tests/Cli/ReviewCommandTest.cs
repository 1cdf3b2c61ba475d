using System.Text.Json;
using DomainKit.Assistance;
using DomainKit.Policies;
using NodaTime;
using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary><c>domainkit review</c>: a whole population streamed, each result equal to assessing that household alone; bad lines skipped and counted.</summary>
public class ReviewCommandTest
{
    private static string Temp(string extension) => Path.Combine(Path.GetTempPath(), $"review-{Guid.NewGuid():N}.{extension}");

    [Fact]
    public void AHundredThousandHouseholds_EachResultEqualsAssessingThatHouseholdAlone()
    {
        var input = Temp("jsonl");
        var output = Temp("jsonl");
        Assert.Equal(0, Run("generate", "--households", "100000", "--seed", "5", "--out", input).Code);
        var (code, summary, _) = Run("review", input, "--out", output, "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.StartsWith("reviewed 100000 lines: 100000 households assessed, 0 bad lines skipped", summary, StringComparison.Ordinal);

        var date = new LocalDate(2026, 3, 1);
        var households = File.ReadLines(input).GetEnumerator();
        var results = File.ReadLines(output).GetEnumerator();
        var line = 0;
        while (households.MoveNext())
        {
            line++;
            Assert.True(results.MoveNext());
            var alone = HouseholdAssessment.Decide(HouseholdClaims.Of(HouseholdJson.Parse(households.Current).Value), PolicySets.ZhifuPilot, date).Value;
            using var result = JsonDocument.Parse(results.Current);
            var root = result.RootElement;
            Assert.Equal(line, root.GetProperty("line").GetInt32());
            Assert.Equal(alone.Qualifying.Select(p => p.ToString()), root.GetProperty("qualifying").EnumerateArray().Select(e => Enum.Parse<Programme>(e.GetString()!, ignoreCase: true).ToString()));
            Assert.Equal(alone.Assessment.MonthlyCash.Yuan, root.GetProperty("monthlyCash").GetDecimal());
            Assert.Equal(alone.Assessment.Margin.SingleMemberDibaoMonthly.Yuan, root.GetProperty("singleMemberDibaoMonthly").GetDecimal());
        }

        Assert.False(results.MoveNext());
    }

    [Fact]
    public void BadLines_AreReportedWithTheirNumber_SkippedAndCounted_AndCsvKeepsTheOrder()
    {
        var input = Temp("jsonl");
        var output = Temp("csv");
        var good = Run("generate", "--households", "2", "--seed", "9").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.WriteAllLines(input, [good[0], "{", """{"schema":"domainkit/household@1","members":[]}""", "", good[1]]);
        var (code, summary, error) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Contains("line 2: The text is not well-formed JSON", error, StringComparison.Ordinal);
        Assert.Contains("line 3: members: A household needs at least one member. [household.members.empty]", error, StringComparison.Ordinal);
        Assert.StartsWith("reviewed 5 lines: 2 households assessed, 2 bad lines skipped", summary, StringComparison.Ordinal);
        var rows = File.ReadAllLines(output);
        Assert.Equal("line,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance", rows[0]);
        Assert.Equal(["1", "5"], rows.Skip(1).Select(r => r.Split(',')[0]));
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^\d+,[a-zA-Z ]*,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d$", r));
        Assert.Contains("reviewed 5 lines, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingInputOrABadFormat_IsOneLineAndExitTwo()
    {
        Assert.Equal(2, Run("review", Temp("jsonl"), "--out", Temp("jsonl"), "--date", "2026-03-01").Code);
        var input = Temp("jsonl");
        File.WriteAllText(input, string.Empty);
        var (code, _, error) = Run("review", input, "--out", Temp("x"), "--format", "xml", "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Equal("error: --format: jsonl or csv.", error.Trim());
    }
}
