using DomainKit.Policies;
using Microsoft.AspNetCore.Http;

namespace DomainKit.AspNetCore;

/// <summary>The policy sets the service offers, each as a policy file, and their parameters with dated values and provenance.</summary>
internal static class PolicyEndpoints
{
    public static Task List(HttpContext context)
    {
        var exchange = ApiExchange.For(context);
        var registry = exchange.Rules.Policies;
        var sets = registry.Ids.Select(id => registry.Find(id).Value);
        return exchange.Document(PolicyListJson.Write(sets, registry.Default.Id, exchange.Language), registry.Default);
    }

    public static Task Show(HttpContext context, string id)
    {
        var exchange = ApiExchange.For(context);
        var policy = exchange.Rules.Policies.Find(id);
        return policy.IsSuccess ? exchange.Document(PolicySetJson.Write(policy.Value), policy.Value) : exchange.Problem(policy);
    }

    public static Task Parameters(HttpContext context, string id)
    {
        var exchange = ApiExchange.For(context);
        var policy = exchange.Rules.Policies.Find(id);
        if (!policy.IsSuccess)
        {
            return exchange.Problem(policy);
        }

        var date = exchange.Date();
        return date.IsSuccess
            ? exchange.Document(PolicyParametersJson.Write(policy.Value, date.Value, exchange.Language), policy.Value)
            : exchange.Problem(date, policy.Value);
    }

    public static Task History(HttpContext context, string id, string parameter)
    {
        var exchange = ApiExchange.For(context);
        var policy = exchange.Rules.Policies.Find(id);
        if (!policy.IsSuccess)
        {
            return exchange.Problem(policy);
        }

        // The history is the whole timeline; a date, when given, marks the value in effect on it.
        NodaTime.LocalDate? date = null;
        if (exchange.Query("date") is not null)
        {
            var parsed = exchange.Date();
            if (!parsed.IsSuccess)
            {
                return exchange.Problem(parsed, policy.Value);
            }

            date = parsed.Value;
        }

        var history = PolicyParametersJson.WriteHistory(policy.Value, parameter, date, exchange.Language);
        return history.IsSuccess
            ? exchange.Document(history.Value, policy.Value)
            : exchange.NotFound("parameter", ApiText.ParameterUnknown(exchange.Language));
    }
}
