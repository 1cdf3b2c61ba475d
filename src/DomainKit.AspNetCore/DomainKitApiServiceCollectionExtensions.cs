using DomainKit.Assistance;
using DomainKit.AspNetCore;
using DomainKit.Contracts;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the DomainKit HTTP API needs beside the policy sets (<c>AddDomainKit</c>).</summary>
public static class DomainKitApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the API's limits, the case store (<see cref="InMemoryCaseStore"/> with an empty ledger, unless an
    /// <see cref="ICaseStore"/> is registered before), and lets the application's own endpoints bind and write DomainKit's contract
    /// documents (<see cref="ContractJsonContext"/>: camel-case names, contract tokens for enums, ISO dates, amounts as
    /// decimal strings), without reflection. A contract document binds only if the library's reader would accept its
    /// shape: an unknown property, a number written as text or a null where the contract has none fails binding
    /// (400). Duplicate property names are refused in every JSON body the application reads.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default limits; optional.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDomainKitApi(this IServiceCollection services, Action<DomainKitApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DomainKitApiOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // The cases live in the process unless the application registered its own store first.
        services.TryAddSingleton<ICaseStore>(_ => new InMemoryCaseStore(FundLedger.Empty));
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractBinding.Resolver);
            json.SerializerOptions.TypeInfoResolverChain.Add(ApiJsonContext.Default);

            // A name given twice is refused in every body: which of the two values counts differs between parsers,
            // so a body could mean one thing to a gateway and another here.
            json.SerializerOptions.AllowDuplicateProperties = false;
            foreach (var converter in ContractJsonContext.Default.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        return services;
    }
}
