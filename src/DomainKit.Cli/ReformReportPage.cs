using System.Globalization;
using System.Net;
using System.Text;
using DomainKit.Assistance;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// A reform comparison for the people who decide it: charts of the gains and losses by decile, poverty before and after,
/// each fund's cost against its budget, eligibility by programme and the timeline of each changed parameter, as SVG
/// files or in one self-contained HTML page (no script, no font or file fetched), in the chosen language.
/// </summary>
internal static class ReformReportPage
{
    /// <summary>Each chart's name (its file name without .svg, and its <c>data-chart</c>) and its drawing.</summary>
    public static IReadOnlyList<(string Name, string Svg)> Charts(CliText text, ReformReport report, PolicySet baseline, PolicySet reform)
    {
        var baselineName = text.Say($"baseline");
        var reformName = text.Say($"reform");
        var charts = new List<(string, string)>();
        var deciles = report.Deciles;
        charts.Add(("deciles", SvgChart.Bars(
            "deciles",
            text.Say($"Average change per household by income decile"),
            text.Say($"yuan per year"),
            [.. deciles.Select(d => d.Decile.ToString(CultureInfo.InvariantCulture))],
            [new SvgChart.Series(text.Say($"average change"), [.. deciles.Select(d => d.Change.AverageChange is { } a ? decimal.Round(a, 2) : (decimal?)null)])])));
        charts.Add(("decile-winners", SvgChart.Bars(
            "decile-winners",
            text.Say($"Share of households that gain or lose, by income decile"),
            "%",
            [.. deciles.Select(d => d.Decile.ToString(CultureInfo.InvariantCulture))],
            [
                new SvgChart.Series(text.Say($"gain"), [.. deciles.Select(d => d.Change.WinnerShare * 100m)]),
                new SvgChart.Series(text.Say($"lose"), [.. deciles.Select(d => d.Change.LoserShare * 100m)]),
            ])));
        if (report.Poverty is { } poverty)
        {
            string[] stages = [text.Say($"before assistance"), text.Say($"under the baseline"), text.Say($"under the reform")];
            PovertyMeasure[] measures = [poverty.BeforeAssistance, poverty.UnderBaseline, poverty.UnderReform];
            charts.Add(("poverty-headcount", SvgChart.Bars(
                "poverty-headcount",
                text.Say($"Households below the dibao line of {text.Amount(poverty.LineMonthly)} a person a month"),
                text.Say($"households"),
                stages,
                [new SvgChart.Series(text.Say($"households"), [.. measures.Select(m => (decimal?)m.Households)])])));
            charts.Add(("poverty-gap", SvgChart.Bars(
                "poverty-gap",
                text.Say($"Poverty gap against the dibao line"),
                text.Say($"yuan per month"),
                stages,
                [new SvgChart.Series(text.Say($"poverty gap"), [.. measures.Select(m => (decimal?)m.GapMonthly)])])));
        }

        charts.Add(("funds", SvgChart.Bars(
            "funds",
            text.Say($"Each fund's estimated cost against its budget for {report.Date.Year}"),
            text.Say($"yuan per year"),
            [.. report.Funds.Select(f => text.Term(EnumTokens<Fund>.ToToken(f.Fund), MessageKeys.FundTerm(f.Fund)))],
            [
                new SvgChart.Series(baselineName, [.. report.Funds.Select(f => (decimal?)decimal.Round(f.EstimatedCostBefore, 2))]),
                new SvgChart.Series(reformName, [.. report.Funds.Select(f => (decimal?)decimal.Round(f.EstimatedCostAfter, 2))]),
            ],
            [.. report.Funds.Select(f => f.Budget?.Yuan)],
            text.Say($"budget"))));
        charts.Add(("eligibility", SvgChart.Bars(
            "eligibility",
            text.Say($"Households eligible by programme"),
            text.Say($"households"),
            [.. report.Programmes.Select(p => text.Term(EnumTokens<Programme>.ToToken(p.Programme), MessageKeys.ProgrammeTerm(p.Programme)))],
            [
                new SvgChart.Series(baselineName, [.. report.Programmes.Select(p => (decimal?)p.WeightedEligibleBefore)]),
                new SvgChart.Series(reformName, [.. report.Programmes.Select(p => (decimal?)p.WeightedEligibleAfter)]),
            ])));
        var end = new DateOnly(report.Date.Year, report.Date.Month, report.Date.Day).AddYears(2);
        var rows = new List<(string, IReadOnlyList<(DateOnly, string)>)>();
        foreach (var changed in ChangedTimelines(baseline, reform))
        {
            rows.Add(($"{changed.Reform.Parameter.Id} · {baselineName}", Steps(changed.Baseline, text.Language)));
            rows.Add(($"{changed.Reform.Parameter.Id} · {reformName}", Steps(changed.Reform, text.Language)));
        }

        charts.Add(("parameters", SvgChart.Timeline("parameters", text.Say($"Timeline of the parameters the reform changes"), rows, end)));
        return charts;
    }

    /// <summary>The page: the figures as tables and every chart, in one file.</summary>
    public static string Html(CliText text, ReformReport report, PolicySet baseline, PolicySet reform) =>
        Html(text, report, baseline, reform, Charts(text, report, baseline, reform));

    /// <summary>The page with charts already drawn by <see cref="Charts"/> for the same report, when they are written as files too.</summary>
    public static string Html(CliText text, ReformReport report, PolicySet baseline, PolicySet reform, IReadOnlyList<(string Name, string Svg)> charts)
    {
        var chinese = text.Language == Language.ChineseSimplified;
        var page = new StringBuilder();
        var title = text.Say($"Reform comparison: {reform.LabelIn(text.Language)} against {baseline.LabelIn(text.Language)}");
        page.Append(CultureInfo.InvariantCulture, $"""<!DOCTYPE html><html lang="{(chinese ? "zh-CN" : "en")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{E(title)}</title>""");
        page.Append("""<style>body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;margin:2em auto;max-width:820px;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th:first-child,td:first-child{text-align:left}figure{margin:2em 0}figcaption{font-size:90%;color:#555}svg{max-width:100%;height:auto}</style></head><body>""");
        page.Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1>");
        page.Append(CultureInfo.InvariantCulture, $"<p>{E(text.Say($"{report.Households} households in the caseload, standing for {Figure(report.Population.Households)} households and {Figure(report.Population.Persons)} people, on {Dates.Format(report.Date)}."))}</p>");
        var takeUp = string.Join(", ", report.Programmes.Select(p => $"{text.Term(EnumTokens<Programme>.ToToken(p.Programme), MessageKeys.ProgrammeTerm(p.Programme))} {p.TakeUp.Percentage:0.##}%"));
        page.Append(CultureInfo.InvariantCulture, $"<p>{E(text.Say($"Take-up rates applied to counts and costs: {takeUp}."))}</p>");
        page.Append(CultureInfo.InvariantCulture, $"<p>{E(text.Say($"Households that gain: {Figure(report.Population.Winners)}; that lose: {Figure(report.Population.Losers)}; net change {Figure(report.Population.TotalChange)} yuan a year."))}</p>");
        foreach (var (name, svg) in charts)
        {
            page.Append(CultureInfo.InvariantCulture, $"""<figure id="{name}">{svg}<figcaption>{E(Caption(text, name))}</figcaption></figure>""");
        }

        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(text.Say($"By income decile"))}</h2><table><tr><th>{E(text.Say($"decile"))}</th><th>{E(text.Say($"income per person a month (yuan)"))}</th><th>{E(text.Say($"households"))}</th><th>{E(text.Say($"average change (yuan a year)"))}</th><th>{E(text.Say($"gain"))}</th><th>{E(text.Say($"lose"))}</th></tr>");
        foreach (var decile in report.Deciles)
        {
            var range = decile.LowestIncome is { } low ? $"{low.Yuan:0}–{decile.HighestIncome!.Value.Yuan:0}" : "–";
            page.Append(CultureInfo.InvariantCulture, $"<tr><td>{decile.Decile}</td><td>{range}</td><td>{Figure(decile.Change.Households)}</td><td>{Figure(decile.Change.AverageChange)}</td><td>{Share(decile.Change.WinnerShare)}</td><td>{Share(decile.Change.LoserShare)}</td></tr>");
        }

        page.Append("</table>");
        if (report.Regions.Length > 0)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h2>{E(text.Say($"By region"))}</h2><table><tr><th>{E(text.Say($"region (GB/T 2260)"))}</th><th>{E(text.Say($"households"))}</th><th>{E(text.Say($"average change (yuan a year)"))}</th><th>{E(text.Say($"gain"))}</th><th>{E(text.Say($"lose"))}</th></tr>");
            foreach (var region in report.Regions)
            {
                page.Append(CultureInfo.InvariantCulture, $"<tr><td>{region.Region.Value}</td><td>{Figure(region.Change.Households)}</td><td>{Figure(region.Change.AverageChange)}</td><td>{Share(region.Change.WinnerShare)}</td><td>{Share(region.Change.LoserShare)}</td></tr>");
            }

            page.Append("</table>");
        }

        return page.Append("</body></html>").ToString();
    }

    private static string Caption(CliText text, string chart) => chart switch
    {
        "deciles" => text.Say($"Deciles of counted income per counted member and month before assistance, weighted; decile 1 is the poorest tenth."),
        "decile-winners" => text.Say($"The share of each decile's households whose annual value rises or falls."),
        "poverty-headcount" or "poverty-gap" => text.Say($"Against the baseline's dibao standard (DB-01); after assistance adds each policy's monthly dibao or single-member dibao."),
        "funds" => text.Say($"Weighted and taken-up annual costs; the dashed line is the fund's budget under the reform (ZF-FD-01)."),
        "eligibility" => text.Say($"Weighted households qualifying under each policy."),
        _ => text.Say($"Each row shows a parameter's dated values under one policy; an empty chart means the reform changes no parameter's timeline."),
    };

    /// <summary>The timelines of the parameters whose dated values the reform changes, each with the baseline's (empty when the baseline lacks it).</summary>
    private static IEnumerable<(Timeline? Baseline, Timeline Reform)> ChangedTimelines(PolicySet baseline, PolicySet reform)
    {
        var before = baseline.Timelines.ToDictionary(t => t.Parameter.Id, StringComparer.Ordinal);
        foreach (var timeline in reform.Timelines)
        {
            var old = before.GetValueOrDefault(timeline.Parameter.Id);
            if (old is null || !old.EffectiveDates.SequenceEqual(timeline.EffectiveDates) || !old.FormattedValues.SequenceEqual(timeline.FormattedValues))
            {
                yield return (old, timeline);
            }
        }
    }

    private static IReadOnlyList<(DateOnly, string)> Steps(Timeline? timeline, Language language) => timeline is null
        ? []
        : [.. timeline.EffectiveDates.Zip(timeline.FormatValues(language), (date, value) => (new DateOnly(date.Year, date.Month, date.Day), value))];

    private static string Figure(decimal? value) => value is { } v ? WebUtility.HtmlEncode(decimal.Round(v, 2).ToString("#,0.##", CultureInfo.InvariantCulture)) : "–";

    private static string Share(decimal? share) => share is { } s ? (s * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
