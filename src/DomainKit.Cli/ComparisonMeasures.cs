using System.Globalization;
using DomainKit.Assistance;
using DomainKit.Serialization;
using Parquet;
using Parquet.Schema;

namespace DomainKit.Cli;

/// <summary>
/// Every figure of a reform comparison as one long table (<c>compare --measures FILE</c>, CSV or Parquet by the file's
/// extension), one figure a row, so that an analyst's tools filter and pivot it: the programme and fund figures
/// (counted, weighted and estimated with take-up), the population's, the poverty measures, and the figures of each
/// decile and region. The definitions are those of the reform comparison's documentation.
/// </summary>
/// <remarks>
/// Counts and sums are exact (weights have at most four decimals, amounts two); shares and averages, which need not
/// end, are rounded half away from zero to <see cref="Scale"/> decimals. Parquet holds values as DECIMAL(28,6).
/// </remarks>
internal static class ComparisonMeasures
{
    /// <summary>The decimals a value keeps.</summary>
    public const int Scale = 6;

    public static readonly string[] Columns = ["section", "group", "measure", "value", "unit"];

    private static readonly ParquetSchema Schema = new(
        new DataField<string>("section", nullable: false),
        new DataField<string>("group", nullable: false),
        new DataField<string>("measure", nullable: false),
        new DecimalDataField("value", 28, Scale, isNullable: true),
        new DataField<string>("unit", nullable: false));

    /// <summary>The figures of a report, programmes first, then funds, the population, poverty, deciles and regions.</summary>
    public static IEnumerable<ComparisonMeasure> Of(ReformReport report)
    {
        foreach (var p in report.Programmes)
        {
            var group = EnumTokens<Programme>.ToToken(p.Programme);
            var basis = ReformReportJson.AmountBasis(p.Programme) switch
            {
                "perMonth" => "yuanPerMonth",
                "perYear" => "yuanPerYear",
                "once" => "yuan",
                _ => "none",
            };
            yield return new("programme", group, "eligibleBefore", p.WeightedEligibleBefore, "households");
            yield return new("programme", group, "eligibleAfter", p.WeightedEligibleAfter, "households");
            yield return new("programme", group, "newlyEligible", p.WeightedNewlyEligible, "households");
            yield return new("programme", group, "noLongerEligible", p.WeightedNoLongerEligible, "households");
            yield return new("programme", group, "amountBefore", p.WeightedAmountBefore, basis);
            yield return new("programme", group, "amountAfter", p.WeightedAmountAfter, basis);
            yield return new("programme", group, "takeUp", p.TakeUp.Value, "share");
            yield return new("programme", group, "estimatedRecipientsBefore", Round(p.EstimatedRecipientsBefore), "households");
            yield return new("programme", group, "estimatedRecipientsAfter", Round(p.EstimatedRecipientsAfter), "households");
            yield return new("programme", group, "estimatedAmountBefore", Round(p.EstimatedAmountBefore), basis);
            yield return new("programme", group, "estimatedAmountAfter", Round(p.EstimatedAmountAfter), basis);
        }

        foreach (var f in report.Funds)
        {
            var group = EnumTokens<Fund>.ToToken(f.Fund);
            yield return new("fund", group, "year", f.Year, "year");
            yield return new("fund", group, "budget", f.Budget?.Yuan, "yuanPerYear");
            yield return new("fund", group, "costBefore", f.WeightedCostBefore, "yuanPerYear");
            yield return new("fund", group, "costAfter", f.WeightedCostAfter, "yuanPerYear");
            yield return new("fund", group, "takeUp", f.TakeUp.Value, "share");
            yield return new("fund", group, "estimatedCostBefore", Round(f.EstimatedCostBefore), "yuanPerYear");
            yield return new("fund", group, "estimatedCostAfter", Round(f.EstimatedCostAfter), "yuanPerYear");
            yield return new("fund", group, "estimatedHeadroomAfter", Round(f.EstimatedHeadroomAfter), "yuanPerYear");
            yield return new("fund", group, "estimatedOverBudget", f.Budget is null ? null : f.EstimatedOverBudget ? 1m : 0m, "flag");
        }

        foreach (var row in Group("population", "all", report.Population))
        {
            yield return row;
        }

        if (report.Poverty is { } poverty)
        {
            yield return new("poverty", "all", "line", poverty.LineMonthly.Yuan, "yuanPerPersonPerMonth");
            foreach (var (group, measure) in new[] { ("beforeAssistance", poverty.BeforeAssistance), ("baseline", poverty.UnderBaseline), ("reform", poverty.UnderReform) })
            {
                yield return new("poverty", group, "households", measure.Households, "households");
                yield return new("poverty", group, "persons", measure.Persons, "persons");
                yield return new("poverty", group, "gap", measure.GapMonthly, "yuanPerMonth");
            }

            yield return new("poverty", "baseline", "gapClosed", Round(poverty.GapClosedUnderBaseline), "share");
            yield return new("poverty", "reform", "gapClosed", Round(poverty.GapClosedUnderReform), "share");
        }

        foreach (var decile in report.Deciles)
        {
            var group = decile.Decile.ToString(CultureInfo.InvariantCulture);
            yield return new("decile", group, "lowestIncome", decile.LowestIncome?.Yuan, "yuanPerPersonPerMonth");
            yield return new("decile", group, "highestIncome", decile.HighestIncome?.Yuan, "yuanPerPersonPerMonth");
            foreach (var row in Group("decile", group, decile.Change))
            {
                yield return row;
            }
        }

        foreach (var region in report.Regions)
        {
            foreach (var row in Group("region", region.Region.Value, region.Change))
            {
                yield return row;
            }
        }
    }

    /// <summary>Writes the figures as CSV, a header first, each value without trailing zeros (1600, not 1600.0); a null value is a blank cell.</summary>
    public static void WriteCsv(TextWriter writer, ReformReport report)
    {
        writer.WriteLine(string.Join(",", Columns));
        foreach (var row in Of(report))
        {
            writer.WriteLine(string.Join(",", row.Section, row.Group, row.Measure, row.Value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty, row.Unit));
        }
    }

    /// <summary>Writes the figures as a Parquet table of one row group (a report holds at most a few thousand figures).</summary>
    public static void WriteParquet(Stream stream, ReformReport report)
    {
        var rows = Of(report).ToArray();
        var fields = Schema.GetDataFields();
        var writer = ParquetWriter.CreateAsync(Schema, stream).GetAwaiter().GetResult();
        try
        {
            using var group = writer.CreateRowGroup();
            group.WriteAsync(fields[0], rows.Select(row => row.Section).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(fields[1], rows.Select(row => row.Group).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(fields[2], rows.Select(row => row.Measure).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<decimal>(fields[3], (ReadOnlyMemory<decimal?>)rows.Select(row => row.Value).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(fields[4], rows.Select(row => row.Unit).ToArray()).GetAwaiter().GetResult();
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static IEnumerable<ComparisonMeasure> Group(string section, string group, GroupChange change)
    {
        yield return new(section, group, "households", change.Households, "households");
        yield return new(section, group, "persons", change.Persons, "persons");
        yield return new(section, group, "winners", change.Winners, "households");
        yield return new(section, group, "losers", change.Losers, "households");
        yield return new(section, group, "winnerShare", Round(change.WinnerShare), "share");
        yield return new(section, group, "loserShare", Round(change.LoserShare), "share");
        yield return new(section, group, "totalChange", change.TotalChange, "yuanPerYear");
        yield return new(section, group, "averageChange", Round(change.AverageChange), "yuanPerYear");
        yield return new(section, group, "incomeBefore", change.IncomeBefore, "yuanPerYear");
        yield return new(section, group, "changeShareOfIncome", Round(change.ChangeShareOfIncome), "share");
    }

    private static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, Scale, MidpointRounding.AwayFromZero) : null;
}
