using Microsoft.AspNetCore.Http;

namespace DomainKit.AspNetCore;

/// <summary>The rule catalogue: every rule of the policy specification by ID, with its source and whether the library implements it.</summary>
internal static class RuleEndpoints
{
    /// <summary>The catalogue as the documentation keeps it (docs/rules/catalogue.json), read once.</summary>
    private static readonly Lazy<string> Catalogue = new(() =>
    {
        using var stream = typeof(RuleEndpoints).Assembly.GetManifestResourceStream("DomainKit.AspNetCore.catalogue.json")
            ?? throw new InvalidOperationException("The rule catalogue is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static Task List(HttpContext context)
    {
        var exchange = ApiExchange.For(context);
        return exchange.Document(Catalogue.Value, exchange.Rules.Policies.Default);
    }
}
