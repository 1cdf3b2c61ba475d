using static DomainKit.Tests.Cli.CliRunner;

namespace DomainKit.Tests.Cli;

/// <summary>
/// No command truncates a file it reads: an output that names an input, directly or through a link to the file or to
/// its folder, is refused before anything is written; an output appears at its name only when complete.
/// </summary>
public sealed class OutputFileTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("domainkit-output-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Review_IntoItsOwnInput_IsRefused_AndTheInputIsUntouched()
    {
        var input = Households(3);
        var before = File.ReadAllBytes(input);
        var fileLink = Path.Combine(folder, "link.jsonl");
        File.CreateSymbolicLink(fileLink, input);
        var folderLink = Path.Combine(folder, "again");
        Directory.CreateSymbolicLink(folderLink, folder);
        var hardLink = Path.Combine(folder, "hard.jsonl");
        using (var ln = System.Diagnostics.Process.Start("ln", [input, hardLink]))
        {
            ln.WaitForExit();
        }

        foreach (var output in new[] { input, fileLink, Path.Combine(folderLink, Path.GetFileName(input)), Path.Combine(folder, ".", "households.jsonl"), hardLink })
        {
            var (code, _, error) = Run("review", input, "--out", output, "--date", "2026-03-01");
            Assert.Equal(2, code);
            Assert.Contains("error: --out: the output would replace an input file; choose another path.", error, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(input));
        }

        Assert.True(File.ResolveLinkTarget(fileLink, returnFinalTarget: false) is not null);
        Assert.Equal(["hard.jsonl", "households.jsonl", "link.jsonl"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_CsvIntoItsOwnInput_IsRefused_AndTheInputIsUntouched()
    {
        var input = Households(3);
        var before = File.ReadAllBytes(input);
        var (code, output, error) = Run("compare", input, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--csv", input);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("error: --csv: the output would replace an input file; choose another path.", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void AReviewThatStops_LeavesNoOutput_AndAFinishedOneReplacesTheOldFileWithNothingLeftBeside()
    {
        // A bad CSV header stops the run after the output was opened: the old output stays as it was, and no partial file is left.
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllLines(bad, ["household,relation,birthDate,colour", "a,applicant,1980-01-01,red"]);
        var output = Path.Combine(folder, "results.jsonl");
        File.WriteAllText(output, "earlier results\n");
        Assert.Equal(2, Run("review", bad, "--out", output, "--date", "2026-03-01").Code);
        Assert.Equal("earlier results\n", File.ReadAllText(output));

        var input = Households(4);
        Assert.Equal(0, Run("review", input, "--out", output, "--date", "2026-03-01").Code);
        Assert.Equal(4, File.ReadAllLines(output).Length);
        Assert.Equal(["bad.csv", "households.jsonl", "results.jsonl"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_WritesItsCsv_WithNothingLeftBeside()
    {
        var input = Households(5);
        var csv = Path.Combine(folder, "tables.csv");
        Assert.Equal(0, Run("compare", input, "--base", "zhifu-pilot", "--set", "dibaoStandardMonthly=1000.00", "--date", "2026-03-01", "--csv", csv).Code);
        Assert.StartsWith("table,name,eligibleBefore,", File.ReadAllLines(csv)[0], StringComparison.Ordinal);
        Assert.Equal(["households.jsonl", "tables.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Generate_ReplacesAnEarlierFileOnlyWhenComplete_WithNothingLeftBeside()
    {
        var file = Path.Combine(folder, "households.jsonl");
        File.WriteAllText(file, "earlier\n");
        Assert.Equal(0, Run("generate", "--households", "7", "--seed", "3", "--out", file).Code);
        Assert.Equal(7, File.ReadAllLines(file).Length);
        Assert.Equal(["households.jsonl"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    private string Households(int count)
    {
        var file = Path.Combine(folder, "households.jsonl");
        Assert.Equal(0, Run("generate", "--households", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "3", "--out", file).Code);
        return file;
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void AnInterruptedReview_LeavesNoFileAtItsName_NorBeside_AndSaysWhatItDidNotFinish(string signal)
    {
        var input = Path.Combine(folder, "households.csv");
        Assert.Equal(0, Run("generate", "--households", "100000", "--seed", "3", "--format", "csv", "--out", input).Code);
        var output = Path.Combine(folder, "results.jsonl");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "DomainKit.Cli.dll"), "review", input, "--out", output, "--date", "2026-03-01" })
        {
            start.ArgumentList.Add(arg);
        }

        using var review = System.Diagnostics.Process.Start(start)!;
        _ = review.StandardOutput.ReadToEndAsync();

        // The first progress line comes after the first batch: the output is open and partly written.
        var first = review.StandardError.ReadLine();
        Assert.StartsWith("reviewed ", first, StringComparison.Ordinal);
        using (var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", review.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var rest = review.StandardError.ReadToEnd();
        Assert.True(review.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, review.ExitCode);
        Assert.Contains($"interrupted: --out: {output} was not written; a file already there is unchanged.", rest, StringComparison.Ordinal);
        Assert.Equal(["households.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void UnusableOutputPaths_AreExitTwo_WithThePathAndTheReason_AndNoStackTrace()
    {
        var input = Households(2);
        var missing = Path.Combine(folder, "no-such-folder", "out.jsonl");
        var (code, _, error) = Run("review", input, "--out", missing, "--date", "2026-03-01");
        Assert.Equal((2, $"error: --out: {missing} cannot be written: the folder does not exist."), (code, error.Trim()));

        (code, _, error) = Run("review", input, "--out", folder, "--date", "2026-03-01");
        Assert.Equal((2, $"error: --out: {folder} is a folder; give a file name."), (code, error.Trim()));

        (code, _, error) = Run("generate", "--households", "2", "--out", missing);
        Assert.Equal(2, code);
        Assert.Contains("the folder does not exist", error, StringComparison.Ordinal);

        var file = Path.Combine(folder, "a-file");
        File.WriteAllText(file, "x");
        (code, _, error) = Run("schema", "--out", file);
        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void ADeviceAsTheOutput_IsWrittenToAndNeverReplacedByAFile()
    {
        var input = Households(3);
        var (code, _, _) = Run("review", input, "--out", "/dev/null", "--date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.True(DomainKit.FileKind.IsSpecial("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", ".null.*"));
    }
}
