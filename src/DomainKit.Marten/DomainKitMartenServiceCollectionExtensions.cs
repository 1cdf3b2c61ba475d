using DomainKit;
using DomainKit.Assistance;
using DomainKit.Extensions.DependencyInjection;
using DomainKit.Marten;
using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL case store (<see cref="MartenCaseStore"/>) as the application's <see cref="ICaseStore"/>.</summary>
public static class DomainKitMartenServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Marten document store for the case store on a PostgreSQL connection string, and
    /// <see cref="MartenCaseStore"/> as the <see cref="ICaseStore"/> (replacing any registered before), with its views
    /// following the default policy set of <c>AddDomainKit</c>. Call it before <c>AddDomainKitApi</c>, whose in-process
    /// store then stays out. Nothing is created in the database: apply the schema first (<see cref="CaseStoreSchema.ApplyAsync"/>).
    /// </summary>
    /// <param name="services">The service collection, with <c>AddDomainKit</c> registered.</param>
    /// <param name="connectionString">The Npgsql connection string of the database.</param>
    /// <param name="calendar">The working-day calendar the views count time limits on; Monday to Friday when null.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is null or blank.</exception>
    public static IServiceCollection AddDomainKitMartenCaseStore(this IServiceCollection services, string connectionString, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton<IDocumentStore>(_ => CaseStoreSchema.Create(connectionString));
        services.TryAddSingleton(provider => new MartenCaseStore(
            provider.GetRequiredService<IDocumentStore>(),
            provider.GetRequiredService<DomainKitRules>().Policies.Default,
            calendar ?? WorkingDayCalendar.MondayToFriday));
        services.Replace(ServiceDescriptor.Singleton<ICaseStore>(provider => provider.GetRequiredService<MartenCaseStore>()));
        return services;
    }
}
