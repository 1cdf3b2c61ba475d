using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading.Channels;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using Microsoft.AspNetCore.Http;

namespace DomainKit.AspNetCore;

/// <summary>
/// A reform over a caseload posted as JSON lines (one <c>domainkit/household@2</c> or <c>domainkit/survey-household@1</c>, with its weight and division, per line): the body is read as it
/// arrives and compared while it is read, so memory stays that of a bounded queue of households whatever the
/// caseload's size; the answer is the comparison (<c>domainkit/reform-report@2</c>), written into the response as it
/// is produced. A bad line refuses the whole comparison, with every problem's line and path (the first
/// <see cref="MaxProblems"/>), since a figure computed over part of a caseload would not stand.
/// </summary>
internal static class CompareEndpoint
{
    public const int MaxProblems = 100;

    /// <summary>How many parsed households may wait for the comparison; the reading waits when it is full.</summary>
    private const int QueueLength = 4_096;

    public static async Task Compare(HttpContext context)
    {
        var exchange = ApiExchange.For(context);
        var policies = Policies(exchange);
        if (!policies.IsSuccess)
        {
            await exchange.Problem(policies).ConfigureAwait(false);
            return;
        }

        var (baseline, reform, date) = policies.Value;
        var options = TakeUp(exchange);
        if (!options.IsSuccess)
        {
            await exchange.Problem(options).ConfigureAwait(false);
            return;
        }

        using var deadline = exchange.Deadline();
        // The request writes households into a bounded channel and waits, without holding a thread, when it is full;
        // the comparison, on a worker of its own, takes them out as they come.
        var queue = Channel.CreateBounded<SurveyHousehold>(new BoundedChannelOptions(QueueLength) { SingleReader = true, SingleWriter = true });
        var comparison = Task.Run(() => ReformComparison.Compare(queue.Reader.ReadAllAsync(deadline.Token).ToBlockingEnumerable(deadline.Token), baseline, reform, date, options.Value, cancellationToken: deadline.Token), deadline.Token);

        // A comparison that ends before the caseload does (a policy it cannot use) stops the reading, which would
        // otherwise wait on a full queue until the time limit.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
        _ = comparison.ContinueWith(_ => StopReading(reading), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        var problems = new List<ValidationError>();
        Result<long> read;
        try
        {
            read = await Read(exchange, context.Request.BodyReader, queue.Writer, problems, reading.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!deadline.IsCancellationRequested && comparison.IsCompleted)
        {
            // Nothing read matters: the comparison's own answer follows.
            read = 0;
        }
        catch (OperationCanceledException)
        {
            read = Result<long>.Error();
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        Result<ReformReport> report;
        try
        {
            report = await comparison.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            report = Result<ReformReport>.Error();
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (deadline.IsCancellationRequested)
        {
            await exchange.Timeout().ConfigureAwait(false);
            return;
        }

        if (!read.IsSuccess)
        {
            await exchange.Problem(read, reform).ConfigureAwait(false);
            return;
        }

        if (problems.Count > 0)
        {
            await exchange.Problem(StatusCodes.Status400BadRequest, problems, reform).ConfigureAwait(false);
            return;
        }

        if (!report.IsSuccess)
        {
            await exchange.Problem(report, reform).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ApiExchange.JsonType;
        exchange.Name(reform);
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ReformReportJson.Write(writer, report.Value, baseline, reform);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static void StopReading(CancellationTokenSource reading)
    {
        try
        {
            reading.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The request had already finished.
        }
    }

    /// <summary>The policy in force (<c>base</c>, default the service's), the reform (<c>reform</c>, or the base with each <c>set=ID=VALUE</c>) and the date.</summary>
    private static Result<(PolicySet Baseline, PolicySet Reform, NodaTime.LocalDate Date)> Policies(ApiExchange exchange)
    {
        var date = exchange.Date();
        var baseline = exchange.Policy("base");
        if (!date.IsSuccess || !baseline.IsSuccess)
        {
            return Result<(PolicySet, PolicySet, NodaTime.LocalDate)>.Invalid([.. date.ValidationErrors, .. baseline.ValidationErrors]);
        }

        var sets = exchange.Context.Request.Query["set"];
        var reformId = exchange.Query("reform");
        if (reformId is null && sets.Count == 0)
        {
            return Result<(PolicySet, PolicySet, NodaTime.LocalDate)>.Invalid(new ValidationError { Identifier = "reform", ErrorCode = ErrorCodes.Required, ErrorMessage = ApiText.ReformMissing(exchange.Language) });
        }

        var reform = reformId is null ? baseline : exchange.Rules.Policies.Find(reformId);
        for (var i = 0; i < sets.Count && reform.IsSuccess; i++)
        {
            var parts = (sets[i] ?? string.Empty).Split('=', 2);
            var index = i;
            reform = parts.Length == 2
                ? reform.Value.With(parts[0], parts[1], date.Value).MapErrors(e => Errors(e, $"set[{index}]"))
                : Result<PolicySet>.Invalid(new ValidationError { Identifier = $"set[{i}]", ErrorCode = ErrorCodes.Required, ErrorMessage = ApiText.SetMalformed(exchange.Language) });
        }

        return reform.IsSuccess
            ? (baseline.Value, reform.Value, date.Value)
            : Result<(PolicySet, PolicySet, NodaTime.LocalDate)>.Invalid(reform.ValidationErrors);
    }

    /// <summary>
    /// The take-up rates, each <c>takeUp=PROGRAMME=PERCENT</c> (repeatable, <c>takeUp=dibao=80</c>); every programme not
    /// named is taken up in full. A malformed rate is refused at <c>takeUp[i]</c>, counted from 0.
    /// </summary>
    private static Result<ReformComparisonOptions> TakeUp(ApiExchange exchange)
    {
        var rates = exchange.Context.Request.Query["takeUp"];
        var options = ReformComparisonOptions.Default;
        var problems = new List<ValidationError>();
        for (var i = 0; i < rates.Count; i++)
        {
            if (ReformComparisonOptions.TryParseTakeUp(rates[i] ?? string.Empty, out var programme, out var rate))
            {
                options = options.WithTakeUp(programme, rate);
                continue;
            }

            problems.Add(new ValidationError { Identifier = $"takeUp[{i}]", ErrorCode = ErrorCodes.OutOfRange, ErrorMessage = ApiText.TakeUpMalformed(exchange.Language) });
        }

        return problems.Count == 0 ? options : Result<ReformComparisonOptions>.Invalid(problems);
    }

    private static Result<PolicySet> MapErrors(this Result<PolicySet> result, Func<IEnumerable<ValidationError>, IEnumerable<ValidationError>> map) =>
        result.IsSuccess ? result : Result<PolicySet>.Invalid([.. map(result.ValidationErrors)]);

    private static IEnumerable<ValidationError> Errors(IEnumerable<ValidationError> errors, string prefix) =>
        errors.Select(e => DomainKit.Validation.Errors.WithPath(e, prefix));

    /// <summary>
    /// Reads the body line by line into the queue; a bad line is listed (path <c>lines[i]</c>, counted from 0, then
    /// the path within the household) and reading goes on so that every problem is reported at once.
    /// </summary>
    private static async Task<Result<long>> Read(ApiExchange exchange, PipeReader body, ChannelWriter<SurveyHousehold> queue, List<ValidationError> problems, CancellationToken cancellationToken)
    {
        long total = 0;
        long line = 0;
        var limit = exchange.Options.MaxCaseloadBytes;
        var lineLimit = exchange.Options.MaxDocumentBytes;
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            while (TryTakeLine(ref buffer, out var bytes))
            {
                total += bytes.Length + 1;
                if (total > limit)
                {
                    return TooLarge(exchange, limit);
                }

                if (Take(bytes, line++, problems) is { } household)
                {
                    await queue.WriteAsync(household, cancellationToken).ConfigureAwait(false);
                }
            }

            if (buffer.Length > lineLimit)
            {
                return Result<long>.Invalid(new ValidationError { Identifier = $"lines[{line}]", ErrorCode = ErrorCodes.TooLong, ErrorMessage = ApiText.LineTooLong(line + 1, exchange.Language) });
            }

            if (result.IsCompleted)
            {
                if (!buffer.IsEmpty)
                {
                    total += buffer.Length;
                    if (total > limit)
                    {
                        return TooLarge(exchange, limit);
                    }

                    if (Take(buffer, line++, problems) is { } household)
                    {
                        await queue.WriteAsync(household, cancellationToken).ConfigureAwait(false);
                    }

                    buffer = buffer.Slice(buffer.End);
                }

                body.AdvanceTo(buffer.End);
                return line;
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static Result<long> TooLarge(ApiExchange exchange, long limit) =>
        Result<long>.Invalid(new ValidationError { Identifier = string.Empty, ErrorCode = ApiErrorCodes.BodyTooLarge, ErrorMessage = ApiText.BodyTooLarge(limit, exchange.Language) });

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var end = buffer.PositionOf((byte)'\n');
        if (end is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
        return true;
    }

    /// <summary>A line's household, for the comparison while no line has failed; its problems, listed, otherwise.</summary>
    private static SurveyHousehold? Take(ReadOnlySequence<byte> bytes, long line, List<ValidationError> problems)
    {
        var text = bytes.ToArray();
        if (text.AsSpan().Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        var household = SurveyHouseholdJson.Parse(text);
        if (household.IsSuccess)
        {
            return problems.Count == 0 ? household.Value : null;
        }

        foreach (var error in household.ValidationErrors)
        {
            if (problems.Count < MaxProblems)
            {
                var path = string.IsNullOrEmpty(error.Identifier) ? $"lines[{line}]" : $"lines[{line}].{error.Identifier}";
                problems.Add(DomainKit.Validation.Errors.WithPath(error, path));
            }
        }

        return null;
    }
}
