using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DomainKit.Assistance;
using DomainKit.Contracts;
using DomainKit.Serialization;

namespace DomainKit.Cli;

/// <summary>
/// Assesses a batch of review items across the cores and writes the results in input order: each slice of the batch
/// is read, checked, assessed and written by one thread into its own buffer, and the buffers are then copied out in
/// order. The buffers are kept from batch to batch, so a run of any length uses the memory of one batch.
/// </summary>
internal sealed class ReviewBatch : IDisposable
{
    /// <summary>Lines read and worked on together: enough to keep every core busy, few enough that memory stays flat.</summary>
    public const int BatchSize = 16_384;

    /// <summary>The share of a batch one thread takes at a time: small enough to share a batch fairly between the cores, large enough that a slice's set-up costs nothing.</summary>
    public const int SliceSize = 512;

    private static readonly Programme[] Programmes = Enum.GetValues<Programme>();
    private static readonly byte[][] ProgrammeCsvTokens = [.. Programmes.Select(p => Encoding.UTF8.GetBytes(EnumTokens<Programme>.ToToken(p)))];
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly CliText text;
    private readonly AssistanceTerms terms;
    private readonly bool csv;
    private readonly ReviewResultParquet? table;
    private readonly List<Slice> slices = [];

    /// <param name="text">The language of the problems reported.</param>
    /// <param name="terms">The terms every household is assessed under.</param>
    /// <param name="csv">Whether results are written as CSV rows rather than JSON lines.</param>
    /// <param name="table">Where results go as a Parquet table instead, when given.</param>
    public ReviewBatch(CliText text, AssistanceTerms terms, bool csv, ReviewResultParquet? table = null)
    {
        this.text = text;
        this.terms = terms;
        this.csv = csv;
        this.table = table;
    }

    /// <summary>Households assessed so far.</summary>
    public long Written { get; private set; }

    /// <summary>Households or lines refused so far.</summary>
    public long Bad { get; private set; }

    /// <summary>Assesses the first <paramref name="length"/> items and writes their results to <paramref name="output"/> and their problems to <paramref name="errors"/>, in order.</summary>
    public void Run(ReviewItem[] items, int length, Stream output, TextWriter errors)
    {
        var count = (length + SliceSize - 1) / SliceSize;
        while (slices.Count < count)
        {
            slices.Add(new Slice());
        }

        Parallel.For(0, count, s => slices[s].Run(this, items, s * SliceSize, Math.Min(length, (s + 1) * SliceSize)));
        for (var s = 0; s < count; s++)
        {
            var slice = slices[s];
            output.Write(slice.Output.WrittenSpan);
            foreach (var row in slice.Rows)
            {
                table!.Add(row);
            }

            foreach (var problem in slice.Problems)
            {
                errors.WriteLine(problem);
            }

            Written += slice.Written;
            Bad += slice.Problems.Count;
        }
    }

    public void Dispose()
    {
        foreach (var slice in slices)
        {
            slice.Dispose();
        }
    }

    // Each problem on the line it concerns: a JSON line's own, or the CSV row and column of the member's field.
    private string Problems(ReviewItem item, IEnumerable<Ardalis.Result.ValidationError> problems) => Describe(text, item, problems);

    /// <summary>Each problem of an item on the line or row it concerns: a JSON line's own, or the table's row and column of the field.</summary>
    internal static string Describe(CliText text, ReviewItem item, IEnumerable<Ardalis.Result.ValidationError> problems) => item.Cells is null
        ? Errors.AtLine(text, item.Line, problems)
        : string.Join(Environment.NewLine, problems.Select(e =>
        {
            var (line, column) = item.Locate(e.Identifier);
            return Errors.AtCell(text, item.NumbersRows, line, column, e);
        }));

    /// <summary>A household's result written to <paramref name="slice"/>, or its problems, each starting with <c>line N:</c>.</summary>
    private void One(in ReviewItem read, Slice slice)
    {
        try
        {
            Assess(read.Ready(), slice);
        }
        finally
        {
            read.Finish();
        }
    }

    private void Assess(in ReviewItem item, Slice slice)
    {
        if (item.Problem is not null)
        {
            slice.Problems.Add(item.Problem);
            return;
        }

        if (!item.TryRead(out var household, out var problems))
        {
            slice.Problems.Add(Problems(item, problems));
            return;
        }

        // HH-01, HH-04: a household that cannot be decided on the date is refused like one that cannot be read.
        var onDate = HouseholdOnDate.Check(household, terms.Medical.Margin.ExtremePoverty.Dibao.MeansTest);
        if (onDate.Count > 0)
        {
            slice.Problems.Add(Problems(item, onDate));
            return;
        }

        var assessment = HouseholdAssessment.Assess(household, terms);
        if (table is not null)
        {
            slice.Rows.Add(Row(item, assessment));
        }
        else if (csv)
        {
            WriteCsv(item, assessment, slice.Output);
        }
        else
        {
            WriteJson(item, assessment, slice.Json());
            slice.Output.Write("\n"u8);
        }

        slice.Written++;
    }

    private static ReviewResultRow Row(in ReviewItem item, HouseholdAssessmentResult assessment) => new(
        item.Line,
        item.Key,
        string.Join(" ", Programmes.Where(assessment.Qualifies).Select(EnumTokens<Programme>.ToToken)),
        assessment.MonthlyCash.Yuan,
        assessment.Dibao.MonthlyBenefit.Yuan,
        assessment.Margin.SingleMemberDibaoMonthly.Yuan,
        assessment.MedicalAssistance.Yuan);

    private static void WriteJson(in ReviewItem item, HouseholdAssessmentResult assessment, Utf8JsonWriter json)
    {
        ReviewResultJson.Write(json, assessment, item.Line, item.Key);
        json.Flush();
    }

    private static void WriteCsv(in ReviewItem item, HouseholdAssessmentResult assessment, ArrayBufferWriter<byte> output)
    {
        // The columns of the review-result contract, in its order (ReviewResultJson writes the same fields as JSON).
        ReadOnlySpan<long> amounts =
        [
            assessment.MonthlyCash.Fen,
            assessment.Dibao.MonthlyBenefit.Fen,
            assessment.Margin.SingleMemberDibaoMonthly.Fen,
            assessment.MedicalAssistance.Fen,
        ];
        var span = output.GetSpan(64);
        Utf8Formatter.TryFormat(item.Line, span, out var written);
        output.Advance(written);
        if (item.Key is not null)
        {
            output.Write(","u8);
            output.Write(Encoding.UTF8.GetBytes(CsvCell.Text(item.Key)));
        }

        output.Write(","u8);
        var first = true;
        for (var p = 0; p < Programmes.Length; p++)
        {
            if (assessment.Qualifies(Programmes[p]))
            {
                output.Write(first ? ReadOnlySpan<byte>.Empty : " "u8);
                output.Write(ProgrammeCsvTokens[p]);
                first = false;
            }
        }

        foreach (var fen in amounts)
        {
            output.Write(","u8);
            span = output.GetSpan(32);
            output.Advance(AmountText.Format(fen, span));
        }

        output.Write("\n"u8);
    }

    /// <summary>One thread's share of a batch: its output bytes and its problems, kept for the next batch.</summary>
    private sealed class Slice : IDisposable
    {
        private Utf8JsonWriter? json;

        public ArrayBufferWriter<byte> Output { get; } = new(64 * 1024);

        public List<string> Problems { get; } = [];

        /// <summary>The results as table rows, when they are written as Parquet.</summary>
        public List<ReviewResultRow> Rows { get; } = [];

        public long Written { get; set; }

        /// <summary>The writer for the next JSON line; each line is a document of its own, so the writer starts afresh.</summary>
        public Utf8JsonWriter Json()
        {
            if (json is null)
            {
                json = new Utf8JsonWriter(Output, WriterOptions);
            }
            else
            {
                json.Reset(Output);
            }

            return json;
        }

        public void Dispose() => json?.Dispose();

        public void Run(ReviewBatch batch, ReviewItem[] items, int from, int to)
        {
            Output.ResetWrittenCount();
            Problems.Clear();
            Rows.Clear();
            Written = 0;
            for (var i = from; i < to; i++)
            {
                batch.One(items[i], this);
            }
        }
    }
}
