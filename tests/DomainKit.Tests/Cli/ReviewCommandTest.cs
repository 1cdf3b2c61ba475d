using System.Globalization;
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
            Assert.Equal(alone.Assessment.MonthlyCash.Yuan.ToString("0.00", CultureInfo.InvariantCulture), root.GetProperty("monthlyCash").GetString());
            Assert.Equal(alone.Assessment.Margin.SingleMemberDibaoMonthly.Yuan.ToString("0.00", CultureInfo.InvariantCulture), root.GetProperty("singleMemberDibaoMonthly").GetString());
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
        Assert.Contains("reviewed 5 lines (100%), ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingInputOrABadFormat_IsOneLineAndExitTwo()
    {
        Assert.Equal(2, Run("review", Temp("jsonl"), "--out", Temp("jsonl"), "--date", "2026-03-01").Code);
        var input = Temp("jsonl");
        File.WriteAllText(input, string.Empty);
        var (code, _, error) = Run("review", input, "--out", Temp("x"), "--format", "xml", "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Equal("error: --format: jsonl, csv or parquet.", error.Trim());
    }

    [Fact]
    public void CsvInput_GivesTheSameResultsAsJsonLines_ForTheSamePopulation()
    {
        var csv = Temp("csv");
        var jsonl = Temp("jsonl");
        Assert.Equal(0, Run("generate", "--households", "5000", "--seed", "11", "--format", "csv", "--out", csv).Code);
        Assert.Equal(0, Run("generate", "--households", "5000", "--seed", "11", "--out", jsonl).Code);
        var fromCsv = Temp("jsonl");
        var fromJson = Temp("jsonl");
        var (code, summary, _) = Run("review", csv, "--out", fromCsv, "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Contains("5000 households assessed, 0 bad households skipped", summary, StringComparison.Ordinal);
        Assert.Equal(0, Run("review", jsonl, "--out", fromJson, "--date", "2026-03-01").Code);

        var csvRows = File.ReadAllLines(csv);
        var expected = File.ReadAllLines(fromJson).Select(Without("line")).ToList();
        var actual = File.ReadAllLines(fromCsv).Select(text =>
        {
            using var document = JsonDocument.Parse(text);
            var line = document.RootElement.GetProperty("line").GetInt32();
            Assert.StartsWith(document.RootElement.GetProperty("household").GetString() + ",", csvRows[line - 1], StringComparison.Ordinal);
            return Without("line", "household")(text);
        }).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CsvProblems_NameTheLineAndColumn_AndOnlyTheBadHouseholdIsSkipped()
    {
        var input = Temp("csv");
        var output = Temp("csv");
        File.WriteAllLines(input,
        [
            "household,relation,birthDate,wages,financialAssets,disabilityGrade",
            "a,applicant,1980-01-01,1200.00,0,",
            "a,child,2015-06-01,,,",
            "b,applicant,1980-02-30,,,",
            "b,spouse,1981-01-01,12.345,,",
            "c,applicant,1970-01-01,,,2",
            "c,spouse,1971-01-01,,,",
            "d,applicant,1965-01-01,,,",
            "d,spouse,1966-01-01,,5000,",
            "e,applicant,1960-01-01,,",
            "f,applicant,\"1950-01-01\",,,",
        ]);
        var (code, summary, error) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Contains("line 4: birthDate: The date must exist and be written yyyy-MM-dd. [date.invalid]", error, StringComparison.Ordinal);
        Assert.Contains("line 5: wages: The amount must be in yuan with at most two decimal places. [money.notExact]", error, StringComparison.Ordinal);
        Assert.Contains("line 6: disabilityKind: This field is required. [value.required]", error, StringComparison.Ordinal);
        Assert.Contains("line 9: financialAssets: the household's own columns belong on its first row.", error, StringComparison.Ordinal);
        Assert.Contains("line 10: 5 fields, but the header has 6.", error, StringComparison.Ordinal);
        Assert.Contains("line 10: the household starting here is skipped whole, since one of its rows cannot be read.", error, StringComparison.Ordinal);
        Assert.StartsWith("reviewed 11 lines: 2 households assessed, 4 bad households skipped", summary, StringComparison.Ordinal);
        var rows = File.ReadAllLines(output);
        Assert.Equal("line,household,qualifying,monthlyCash,dibaoMonthly,singleMemberDibaoMonthly,medicalAssistance", rows[0]);
        Assert.Equal(["2,a", "11,f"], rows.Skip(1).Select(r => string.Join(",", r.Split(',').Take(2))));
    }

    [Fact]
    public void AMalformedMemberRow_MakesItsWholeHouseholdBad_NotAHouseholdOfTheRowsAroundIt()
    {
        // Without the spouse's row, the applicant alone (wages 600 a month) would be under the 950 line: a wrong grant.
        var (code, summary, error, rows) = ReviewCsv(
            "household,relation,birthDate,wages",
            "a,applicant,1980-01-01,7200.00",
            "a,spouse,1981-01-01,40000.00,oops",
            "a,child,2015-06-01,",
            "b,applicant,1950-01-01,");
        Assert.Equal(0, code);
        Assert.Contains("line 2: the household starting here is skipped whole, since one of its rows cannot be read.", error, StringComparison.Ordinal);
        Assert.Contains("line 3: 5 fields, but the header has 4.", error, StringComparison.Ordinal);
        Assert.StartsWith("reviewed 5 lines: 1 households assessed, 1 bad households skipped", summary, StringComparison.Ordinal);
        Assert.Equal(["5,b"], rows.Select(r => string.Join(",", r.Split(',').Take(2))));
    }

    [Fact]
    public void SeveralMalformedRowsOfOneHousehold_CountAsOneBadHousehold()
    {
        var (code, summary, error, _) = ReviewCsv(
            "household,relation,birthDate",
            "a,applicant,1980-01-01,x",
            "a,spouse,1981-01-01,y",
            "b,applicant,1950-01-01");
        Assert.Equal(0, code);
        Assert.Contains("line 2: 4 fields", error, StringComparison.Ordinal);
        Assert.Contains("line 3: 4 fields", error, StringComparison.Ordinal);
        Assert.StartsWith("reviewed 4 lines: 1 households assessed, 1 bad households skipped", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotedLineBreak_IsPartOfItsField_AndLaterLinesKeepTheirNumbers()
    {
        var (code, summary, _, rows) = ReviewCsv(
            "household,relation,birthDate",
            "\"c-1",
            "annex\",applicant,1950-01-01",
            "c-2,applicant,1950-01-01");
        Assert.Equal(0, code);
        Assert.StartsWith("reviewed 4 lines: 2 households assessed, 0 bad households skipped", summary, StringComparison.Ordinal);
        Assert.Equal("2,\"c-1\nannex\",dibao", string.Join(",", string.Join("\n", rows).Split(',').Take(3)));
        Assert.StartsWith("4,c-2,", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void AKeySeenAgainAfterOtherHouseholds_StopsTheRun_AndNoResultIsWritten()
    {
        var output = Temp("csv");
        var input = Temp("csv");
        File.WriteAllLines(input, ["household,relation,birthDate", "a,applicant,1950-01-01", "b,applicant,1950-01-01", "a,spouse,1951-01-01"]);
        var (code, _, error) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Contains("error: line 4: the household key sorts before the key on line 3; rows must be sorted by household key", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.*"));
    }

    [Fact]
    public void ARowThatIsNotUtf8_SkipsItsHousehold_AndTheRunGoesOn()
    {
        var input = Temp("csv");
        var bytes = "household,relation,birthDate\na,applicant,1950-01-01\nb,applicant,"u8.ToArray()
            .Concat(new byte[] { 0xFF, 0xFE })
            .Concat("\nc,applicant,1950-01-01\n"u8.ToArray()).ToArray();
        File.WriteAllBytes(input, bytes);
        var output = Temp("csv");
        var (code, summary, error) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Contains("line 3: the row holds bytes that are not UTF-8. [text.invalidUtf8]", error, StringComparison.Ordinal);
        Assert.StartsWith("reviewed 4 lines: 2 households assessed, 1 bad households skipped", summary, StringComparison.Ordinal);
        Assert.Equal(["2,a", "4,c"], File.ReadAllLines(output).Skip(1).Select(r => string.Join(",", r.Split(',').Take(2))));
    }

    [Fact]
    public void ARowLongerThanAnyHouseholdNeeds_StopsTheRunWithExitTwo()
    {
        var input = Temp("csv");
        File.WriteAllText(input, "household,relation,birthDate\na,applicant," + new string('9', 3 * 1024 * 1024) + "\n");
        var output = Temp("csv");
        var (code, _, error) = Run("review", input, "--out", output, "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.Contains("error: line 2: the row is longer than 1048576 bytes", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void AByteOrderMarkAndCrLfLineEnds_AreAccepted()
    {
        var input = Temp("csv");
        File.WriteAllText(input, "household,relation,birthDate\r\na,applicant,1950-01-01\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var output = Temp("csv");
        var (code, summary, _) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.StartsWith("reviewed 2 lines: 1 households assessed, 0 bad households skipped", summary, StringComparison.Ordinal);
    }

    private static (int Code, string Summary, string Error, string[] Rows) ReviewCsv(params string[] lines)
    {
        var input = Temp("csv");
        var output = Temp("csv");
        File.WriteAllLines(input, lines);
        var (code, summary, error) = Run("review", input, "--out", output, "--format", "csv", "--date", "2026-03-01");
        return (code, summary, error, File.Exists(output) ? File.ReadAllLines(output).Skip(1).ToArray() : []);
    }

    [Theory]
    [InlineData("household,relation,birthDate,colour", "error: line 1: column 4 is not a known column")]
    [InlineData("household,relation", "error: line 1: missing columns: birthDate.")]
    [InlineData("household,relation,birthDate,relation", "error: line 1: the column \"relation\" appears more than once.")]
    public void ABadCsvHeader_StopsTheRunWithExitTwo(string header, string expected)
    {
        var input = Temp("csv");
        File.WriteAllLines(input, [header, "a,applicant,1980-01-01"]);
        var (code, _, error) = Run("review", input, "--out", Temp("jsonl"), "--date", "2026-03-01");
        Assert.Equal(2, code);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    private static Func<string, string> Without(params string[] names) => text =>
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        foreach (var name in names)
        {
            node.Remove(name);
        }

        return node.ToJsonString();
    };
}
