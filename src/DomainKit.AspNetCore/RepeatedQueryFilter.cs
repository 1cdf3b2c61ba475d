using Ardalis.Result;
using Microsoft.AspNetCore.Http;

namespace DomainKit.AspNetCore;

/// <summary>
/// Refuses a request that gives one of the endpoints' single-valued query parameters twice
/// (<c>?policy=a&amp;policy=b</c>): a proxy or a log may read the other value than the service does, so the request's
/// meaning would depend on who reads it. <c>set</c>, a list of reform values, may repeat; parameters the endpoints do
/// not read are left alone, and never named back.
/// </summary>
internal static class RepeatedQueryFilter
{
    private static readonly string[] SingleValued = ["base", "date", "policy", "reform", "region"];

    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var repeated = SingleValued.Where(name => http.Request.Query[name].Count > 1).ToList();
        if (repeated.Count == 0)
        {
            return await next(context).ConfigureAwait(false);
        }

        var exchange = ApiExchange.For(http);
        var message = ApiText.QueryRepeated(exchange.Language);
        await exchange.Problem(
            StatusCodes.Status400BadRequest,
            repeated.Select(name => new ValidationError { Identifier = name, ErrorCode = ApiErrorCodes.QueryRepeated, ErrorMessage = message })).ConfigureAwait(false);
        return Results.Empty;
    }
}
