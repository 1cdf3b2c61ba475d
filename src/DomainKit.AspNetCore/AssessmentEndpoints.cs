using DomainKit.Assistance;
using DomainKit.Serialization;
using Microsoft.AspNetCore.Http;

namespace DomainKit.AspNetCore;

/// <summary>
/// One window (一门受理): a household with its claims, decided for every programme or for one, with the explanation in
/// the client's language.
/// </summary>
internal static class AssessmentEndpoints
{
    public static Task Assess(HttpContext context) => Decide(context, programme: null);

    public static Task DecideProgramme(HttpContext context, string programme)
    {
        if (!EnumTokens<Programme>.ByToken.TryGetValue(programme, out var asked))
        {
            var exchange = ApiExchange.For(context);
            return exchange.NotFound("programme", ApiText.ProgrammeUnknown(exchange.Language));
        }

        return Decide(context, asked);
    }

    private static async Task Decide(HttpContext context, Programme? programme)
    {
        var exchange = ApiExchange.For(context);
        var policy = exchange.Policy();
        var date = exchange.Date();
        if (!policy.IsSuccess || !date.IsSuccess)
        {
            await exchange.Problem(!policy.IsSuccess ? policy : date, policy.IsSuccess ? policy.Value : null).ConfigureAwait(false);
            return;
        }

        using var deadline = exchange.Deadline();
        if (await exchange.ReadDocument(policy.Value, deadline.Token).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        var claims = HouseholdClaimsJson.Parse(body);
        if (!claims.IsSuccess)
        {
            await exchange.Problem(claims, policy.Value).ConfigureAwait(false);
            return;
        }

        var entitlements = HouseholdAssessment.Decide(claims.Value, policy.Value, date.Value);
        if (!entitlements.IsSuccess)
        {
            await exchange.Problem(entitlements, policy.Value).ConfigureAwait(false);
            return;
        }

        var json = programme is { } one
            ? EntitlementsJson.Write(entitlements.Value, exchange.Language, one)
            : EntitlementsJson.Write(entitlements.Value, exchange.Language);
        await exchange.Document(json, policy.Value).ConfigureAwait(false);
    }
}
