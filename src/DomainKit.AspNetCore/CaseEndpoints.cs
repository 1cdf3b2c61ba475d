using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DomainKit.AspNetCore;

/// <summary>
/// The case workflow over HTTP: open a case, send it commands with the version the sender saw, and read its history,
/// its time limits and who answers for the late ones. The cases live in the registered <see cref="ICaseStore"/>.
/// </summary>
internal static class CaseEndpoints
{
    public static Task Open(HttpContext context) => Run(context, caseId: null);

    public static Task Command(HttpContext context, string caseId) => Run(context, caseId);

    public static async Task History(HttpContext context, string caseId)
    {
        var exchange = ApiExchange.For(context);
        if (await Find(exchange, caseId).ConfigureAwait(false) is { } found)
        {
            await exchange.Document(CaseEventJson.WriteHistory(found.Events), null).ConfigureAwait(false);
        }
    }

    public static async Task Schedule(HttpContext context, string caseId)
    {
        var exchange = ApiExchange.For(context);
        if (await Checked(exchange).ConfigureAwait(false) is not var (policy, date) || await Find(exchange, caseId).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var schedule = found.Schedule(policy, exchange.Options.Calendar);
        await exchange.Document(CaseScheduleJson.WriteSchedule(found, schedule, date), policy).ConfigureAwait(false);
    }

    public static async Task CaseAccountability(HttpContext context, string caseId)
    {
        var exchange = ApiExchange.For(context);
        if (await Checked(exchange).ConfigureAwait(false) is not var (policy, date) || await Find(exchange, caseId).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var report = Supervision.Accountability([found], policy, exchange.Options.Calendar, date);
        await exchange.Document(CaseScheduleJson.WriteAccountability(report), policy).ConfigureAwait(false);
    }

    public static async Task Accountability(HttpContext context)
    {
        var exchange = ApiExchange.For(context);
        if (await Checked(exchange).ConfigureAwait(false) is not var (policy, date))
        {
            return;
        }

        var cases = new List<AssistanceCase>();
        await foreach (var stored in Store(context).CasesAsync(context.RequestAborted).ConfigureAwait(false))
        {
            cases.Add(stored);
        }

        var report = Supervision.Accountability(cases, policy, exchange.Options.Calendar, date);
        await exchange.Document(CaseScheduleJson.WriteAccountability(report), policy).ConfigureAwait(false);
    }

    private static async Task Run(HttpContext context, string? caseId)
    {
        var exchange = ApiExchange.For(context);
        var policy = exchange.Policy();
        if (!policy.IsSuccess)
        {
            await exchange.Problem(policy).ConfigureAwait(false);
            return;
        }

        using var deadline = exchange.Deadline();
        if (await exchange.ReadDocument(policy.Value, deadline.Token).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var instruction = CaseCommandJson.Parse(body);
        if (!instruction.IsSuccess)
        {
            await exchange.Problem(instruction, policy.Value).ConfigureAwait(false);
            return;
        }

        var command = instruction.Value;
        if (command.OpensCase != (caseId is null))
        {
            var message = command.OpensCase ? ApiText.OpenElsewhere(exchange.Language) : ApiText.OpenOnly(exchange.Language);
            await exchange.Problem(StatusCodes.Status400BadRequest, [Errors.At("command.type", ApiErrorCodes.CommandMisplaced, message)], policy.Value).ConfigureAwait(false);
            return;
        }

        var id = caseId ?? command.OpenedCaseId!;
        var options = exchange.Options;
        long? versionSeen = null;
        Result<CaseUpdate> update;
        try
        {
            update = await Store(context).RunAsync(
                id,
                (current, ledger) =>
                {
                    versionSeen = current?.Version;
                    return command.ApplyTo(current, new CaseCommandContext(policy.Value, options.Calendar, ledger, [.. options.CharityProjects]));
                },
                deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A store stops a command that runs past the time limit before storing it; nothing was changed.
            await exchange.Timeout().ConfigureAwait(false);
            return;
        }

        await Answer(exchange, update, policy.Value, versionSeen, caseId is null ? id : null).ConfigureAwait(false);
    }

    private static Task Answer(ApiExchange exchange, Result<CaseUpdate> update, PolicySet policy, long? versionSeen, string? opened)
    {
        var language = exchange.Language;
        switch (update.Status)
        {
            case ResultStatus.Ok:
                if (opened is not null)
                {
                    exchange.Context.Response.Headers.Location = $"{exchange.Context.Request.PathBase}{exchange.Context.Request.Path.Value!.TrimEnd('/')}/{Uri.EscapeDataString(opened)}";
                }

                return exchange.Document(CaseCommandJson.WriteUpdate(update.Value), policy, opened is null ? StatusCodes.Status200OK : StatusCodes.Status201Created);
            case ResultStatus.NotFound:
                return exchange.NotFound(string.Empty, ApiText.CaseNotFound(language));
            case ResultStatus.Conflict:
                // The refusal names the version the case is at, so the sender can reload and decide again.
                var current = versionSeen ?? 0;
                var error = opened is not null && versionSeen is not null
                    ? Errors.At("command.caseId", ApiErrorCodes.CaseExists, ApiText.CaseExists(current, language))
                    : Errors.At("expectedVersion", ApiErrorCodes.CaseVersionStale, ApiText.VersionStale(current, language));
                return exchange.Problem(StatusCodes.Status409Conflict, [error], policy, w => w.WriteNumber("currentVersion", current));
            case ResultStatus.Unavailable:
                return exchange.Problem(StatusCodes.Status503ServiceUnavailable, [Errors.At(string.Empty, ApiErrorCodes.StoreUnavailable, ApiText.StoreUnavailable(language))], policy);
            default:
                return exchange.Problem(update, policy);
        }
    }

    /// <summary>The policy set and the date of the check from the query, or null once the problem with them is answered.</summary>
    private static async Task<(PolicySet Policy, NodaTime.LocalDate Date)?> Checked(ApiExchange exchange)
    {
        var policy = exchange.Policy();
        var date = exchange.Date();
        if (policy.IsSuccess && date.IsSuccess)
        {
            return (policy.Value, date.Value);
        }

        await exchange.Problem(!policy.IsSuccess ? policy : date, policy.IsSuccess ? policy.Value : null).ConfigureAwait(false);
        return null;
    }

    private static async Task<AssistanceCase?> Find(ApiExchange exchange, string caseId)
    {
        var found = await Store(exchange.Context).FindAsync(caseId, exchange.Context.RequestAborted).ConfigureAwait(false);
        if (found is null)
        {
            await exchange.NotFound(string.Empty, ApiText.CaseNotFound(exchange.Language)).ConfigureAwait(false);
        }

        return found;
    }

    private static ICaseStore Store(HttpContext context) => context.RequestServices.GetRequiredService<ICaseStore>();
}
