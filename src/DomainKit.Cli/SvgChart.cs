using System.Globalization;
using System.Net;
using System.Text;

namespace DomainKit.Cli;

/// <summary>
/// Charts as standalone SVG: grouped bars with an optional reference mark per category, and labelled timelines. Each
/// chart names itself (<c>data-chart</c>) and titles every bar with its value, so it reads without colour or script.
/// </summary>
internal static class SvgChart
{
    private const int Width = 760;
    private const int Height = 380;
    private const int Left = 96;
    private const int Right = 24;
    private const int Top = 48;
    private const int Bottom = 84;
    private static readonly int[] StepFactors = [1, 2, 5, 10];
    private static readonly string[] Palette = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b"];

    /// <summary>One series of values, one per category; a null value draws no bar.</summary>
    public sealed record Series(string Name, IReadOnlyList<decimal?> Values);

    /// <summary>Grouped bars on a linear axis through zero, with a short line across a category at each mark (a budget).</summary>
    public static string Bars(string id, string title, string unit, IReadOnlyList<string> categories, IReadOnlyList<Series> series, IReadOnlyList<decimal?>? marks = null, string? markName = null)
    {
        var values = series.SelectMany(s => s.Values).Concat(marks ?? []).Where(v => v.HasValue).Select(v => (double)v!.Value).ToList();
        var (low, high, step) = Axis(values.Count == 0 ? 0 : Math.Min(0, values.Min()), values.Count == 0 ? 1 : Math.Max(0, values.Max()));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(double value) => Top + ((high - value) / (high - low) * plotHeight);
        var svg = Start(id, title);
        for (var tick = low; tick <= high + (step / 2); tick += step)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{y:0.#}" y2="{y:0.#}" stroke="#ddd"/><text x="{Left - 6}" y="{y + 4:0.#}" text-anchor="end" font-size="11">{Number(tick)}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="14" y="{Top + (plotHeight / 2)}" font-size="11" transform="rotate(-90 14 {Top + (plotHeight / 2)})" text-anchor="middle">{Escape(unit)}</text>""");
        var group = (double)plotWidth / Math.Max(1, categories.Count);
        var bar = group * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + (c * group) + (group * 0.1);
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var (y1, y2) = (Y(Math.Max(0, (double)value)), Y(Math.Min(0, (double)value)));
                svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{x0 + (s * bar):0.#}" y="{y1:0.#}" width="{bar * 0.92:0.#}" height="{Math.Max(0.5, y2 - y1):0.#}" fill="{Palette[s % Palette.Length]}"><title>{Escape(categories[c])} · {Escape(series[s].Name)}: {Number((double)value)}</title></rect>""");
            }

            if (marks is not null && marks[c] is { } mark)
            {
                var y = Y((double)mark);
                svg.Append(CultureInfo.InvariantCulture, $"""<line class="mark" x1="{x0 - 4:0.#}" x2="{x0 + (group * 0.8) + 4:0.#}" y1="{y:0.#}" y2="{y:0.#}" stroke="#222" stroke-width="2.5" stroke-dasharray="6 3"><title>{Escape(categories[c])} · {Escape(markName ?? string.Empty)}: {Number((double)mark)}</title></line>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x0 + (group * 0.4):0.#}" y="{Height - Bottom + 18}" text-anchor="middle" font-size="11">{Escape(categories[c])}</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" x2="{Width - Right}" y1="{Y(0):0.#}" y2="{Y(0):0.#}" stroke="#444"/>""");
        var legend = series.Select((s, i) => (s.Name, Palette[i % Palette.Length], false)).ToList();
        if (marks is not null && markName is not null)
        {
            legend.Add((markName, "#222", true));
        }

        Legend(svg, legend);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Rows of dated segments, each labelled with its value from its date to the next (the last to <paramref name="end"/>), on one time axis.</summary>
    public static string Timeline(string id, string title, IReadOnlyList<(string Row, IReadOnlyList<(DateOnly From, string Value)> Steps)> rows, DateOnly end)
    {
        var starts = rows.SelectMany(r => r.Steps).Select(step => step.From).ToList();
        var first = starts.Count == 0 ? end.AddYears(-1) : starts.Min();
        var last = end > first ? end : first.AddYears(1);
        const int Margin = 40;
        var plotWidth = Width - (2 * Margin);
        double X(DateOnly date) => Margin + ((date.DayNumber - first.DayNumber) / (double)(last.DayNumber - first.DayNumber) * plotWidth);
        // Each row's name above its bar, so a long parameter name is never cut off; the chart grows with its rows.
        const int rowHeight = 48;
        var height = Math.Max(Height, Top + (rows.Count * rowHeight) + 40);
        var svg = Start(id, title, height);
        for (var r = 0; r < rows.Count; r++)
        {
            var top = Top + (r * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Margin}" y="{top + 12}" font-size="11">{Escape(rows[r].Row)}</text>""");
            var y = top + 18;
            var steps = rows[r].Steps;
            for (var s = 0; s < steps.Count; s++)
            {
                var from = X(steps[s].From);
                var to = X(s + 1 < steps.Count ? steps[s + 1].From : last);
                svg.Append(CultureInfo.InvariantCulture, $"""<rect class="bar" x="{from:0.#}" y="{y:0.#}" width="{Math.Max(1, to - from):0.#}" height="{rowHeight - 26}" fill="{Palette[(r + s) % Palette.Length]}" fill-opacity="0.75" stroke="#fff"><title>{Escape(rows[r].Row)} · {steps[s].From:yyyy-MM-dd}: {Escape(steps[s].Value)}</title></rect>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{from + 4:0.#}" y="{y + ((rowHeight - 26) / 2) + 4:0.#}" font-size="10" fill="#111">{Escape(Shorten(steps[s].Value))}</text>""");
            }
        }

        foreach (var date in starts.Distinct().Order())
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(date):0.#}" y="{height - 16}" font-size="10" text-anchor="middle">{date:yyyy-MM-dd}</text>""");
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Start(string id, string title, int height = Height) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" data-chart="{id}" role="img" aria-label="{Escape(title)}" viewBox="0 0 {Width} {height}" width="{Width}" height="{height}" font-family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif">""")
        .Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{height}" fill="#fff"/><text x="{Width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">{Escape(title)}</text>""");

    private static void Legend(StringBuilder svg, List<(string Name, string Colour, bool Line)> items)
    {
        var x = (double)Left;
        foreach (var (name, colour, line) in items)
        {
            if (line)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:0.#}" x2="{x + 14:0.#}" y1="{Height - 24}" y2="{Height - 24}" stroke="{colour}" stroke-width="2.5" stroke-dasharray="6 3"/>""");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{Height - 30}" width="12" height="12" fill="{colour}"/>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 18:0.#}" y="{Height - 20}" font-size="11">{Escape(name)}</text>""");
            x += 30 + (name.Length * 11);
        }
    }

    /// <summary>An axis from at most <paramref name="min"/> to at least <paramref name="max"/> in 1, 2 or 5 × 10ⁿ steps.</summary>
    private static (double Low, double High, double Step) Axis(double min, double max)
    {
        if (max - min <= 0)
        {
            max = min + 1;
        }

        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = StepFactors.Select(f => f * magnitude).First(candidate => candidate >= raw);
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static string Number(double value) => Math.Abs(value) >= 1_000_000 || (Math.Abs(value) < 0.01 && value != 0)
        ? value.ToString("#,0.##", CultureInfo.InvariantCulture)
        : value.ToString(Math.Abs(value) >= 100 ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..23] + "…";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
