using DomainKit.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

// In the container's own namespace, as extensions of IServiceCollection conventionally are, so that
// services.AddDomainKit(...) needs no extra using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers DomainKit with a service collection.</summary>
public static class DomainKitServiceCollectionExtensions
{
    /// <summary>Registers DomainKit with the default options: the bundled policy sets, Zhifu pilot by default.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDomainKit(this IServiceCollection services) => services.AddDomainKit(static _ => { });

    /// <summary>
    /// Registers <see cref="DomainKitOptions"/>, the <see cref="PolicyRegistry"/>, the <see cref="DomainKitRules"/>
    /// service and, unless one is registered already, NodaTime's system clock as <see cref="IClock"/>. The options
    /// are checked when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options in code.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddDomainKit(this IServiceCollection services, Action<DomainKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<DomainKitOptions>().Configure(configure).ValidateOnStart();

        services.TryAddSingleton<PolicyRegistryLoader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DomainKitOptions>, DomainKitOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(provider =>
        {
            // The monitor's options are the instance the start-up check validated, so the loader returns what it loaded then.
            var options = provider.GetRequiredService<IOptionsMonitor<DomainKitOptions>>().CurrentValue;
            var loaded = provider.GetRequiredService<PolicyRegistryLoader>().Load(options);
            return loaded.IsSuccess
                ? loaded.Value
                : throw new OptionsValidationException(Options.Options.DefaultName, typeof(DomainKitOptions), loaded.ValidationErrors.Select(e => $"{e.Identifier}: {e.ErrorMessage} ({e.ErrorCode})"));
        });
        services.TryAddSingleton<DomainKitRules>();
        return services;
    }

    /// <summary>Registers DomainKit with options read from a configuration section (see <see cref="DomainKitOptions.ReadFrom"/>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section, such as <c>configuration.GetSection(DomainKitOptions.SectionName)</c>.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddDomainKit(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddDomainKit(options => options.ReadFrom(section));
    }
}
